import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useProgramDetail } from './detailContext';
import { FieldMessage } from '../ui/FormField';

interface TemplateChecklistProps {
  selected: readonly string[];
  onChange: (templateIds: string[]) => void;
  error?: string | undefined;
}

/** The templates a program day prescribes, picked from the fractal's templates. */
export function TemplateChecklist({ selected, onChange, error }: TemplateChecklistProps) {
  const { fractalId, templates } = useProgramDetail();
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>Templates</legend>
      {templates.length === 0 ? (
        <p className="muted">
          There are no templates yet. <Link to={`/fractals/${encodeURIComponent(fractalId)}/templates`}>Build one</Link> first.
        </p>
      ) : (
        <ul className="plain-list">
          {templates.map((template) => (
            <li key={template.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={selected.includes(template.id)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked ? [...selected, template.id] : selected.filter((other) => other !== template.id),
                    )
                  }
                />
                {template.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldMessage id={errorId} message={error} />
    </fieldset>
  );
}

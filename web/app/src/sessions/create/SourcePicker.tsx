import { useId } from 'react';
import { Loading } from '../../ui/Loading';
import { ProblemMessage } from '../../ui/ProblemMessage';
import type { CreateSessionForm, SessionSource } from '../createSessionBody';
import { FieldMessage } from '../../ui/FormField';
import type { ActiveProgramDay, Template } from '../types';

interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface SourcePickerProps {
  form: CreateSessionForm;
  onChange: (patch: Partial<CreateSessionForm>) => void;
  templates: Loaded<Template[]>;
  days: Loaded<ActiveProgramDay[]>;
  error: string | undefined;
}

export function templateSummary(template: Template): string {
  const sections = `${template.sectionCount} ${template.sectionCount === 1 ? 'section' : 'sections'}`;
  return `${sections} • ${template.totalMinutes} min`;
}

function LoadState<T>({ what, loaded }: { what: string; loaded: Loaded<T> }) {
  if (loaded.error !== undefined) {
    return <ProblemMessage error={loaded.error} onRetry={loaded.reload} />;
  }
  return loaded.data === undefined && loaded.loading ? <Loading label={`Loading ${what}…`} /> : null;
}

/** What the session starts from: nothing, a template (its sections and activities), or today's program day. */
export function SourcePicker({ form, onChange, templates, days, error }: SourcePickerProps) {
  const id = useId();
  const templateName = (templateId: string) => templates.data?.find((t) => t.id === templateId)?.name ?? 'Template';
  const chosenDay = days.data?.find((day) => day.dayId === form.programDayId);

  const sourceOption = (value: SessionSource, label: string) => (
    <div className="ses-check">
      <input
        id={`${id}-${value}`}
        type="radio"
        name={`${id}-source`}
        checked={form.source === value}
        onChange={() => onChange({ source: value })}
      />
      <label htmlFor={`${id}-${value}`}>{label}</label>
    </div>
  );

  return (
    <fieldset className="ses-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Start from</legend>
      {sourceOption('empty', 'An empty session')}
      {sourceOption('template', 'A template')}
      {sourceOption('program', "Today's program day")}
      <FieldMessage id={`${id}-error`} message={error} />

      {form.source === 'template' && (
        <div className="ses-choices" role="radiogroup" aria-label="Templates">
          <LoadState what="templates" loaded={templates} />
          {templates.data?.length === 0 && <p className="muted">No templates yet. Build one on the Templates page.</p>}
          {templates.data?.map((template) => (
            <div className="ses-choice" key={template.id}>
              <input
                id={`${id}-t-${template.id}`}
                type="radio"
                name={`${id}-template`}
                checked={form.templateId === template.id}
                onChange={() => onChange({ templateId: template.id })}
              />
              <label htmlFor={`${id}-t-${template.id}`}>
                <span className="ses-choice-name">{template.name}</span>{' '}
                <span className="muted">{templateSummary(template)}</span>
              </label>
            </div>
          ))}
        </div>
      )}

      {form.source === 'program' && (
        <div className="ses-choices" role="radiogroup" aria-label="Program days">
          <LoadState what="program days" loaded={days} />
          {days.data?.length === 0 && <p className="muted">No active program has a day for today.</p>}
          {days.data?.map((day) => (
            <div className="ses-choice" key={day.dayId}>
              <input
                id={`${id}-d-${day.dayId}`}
                type="radio"
                name={`${id}-day`}
                checked={form.programDayId === day.dayId}
                onChange={() => onChange({ programDayId: day.dayId, programTemplateId: day.templateIds[0] ?? '' })}
              />
              <label htmlFor={`${id}-d-${day.dayId}`}>
                <span className="ses-choice-name">
                  {day.programName} – {day.blockName}
                </span>{' '}
                <span className="muted">
                  {day.dayName} (day {day.dayNumber}){day.completed ? ', done' : ''}
                </span>
              </label>
            </div>
          ))}
          {chosenDay && chosenDay.templateIds.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-day-template`}>Template of the day</label>
              <select
                id={`${id}-day-template`}
                value={form.programTemplateId}
                onChange={(event) => onChange({ programTemplateId: event.target.value })}
              >
                {chosenDay.templateIds.map((templateId) => (
                  <option key={templateId} value={templateId}>
                    {templateName(templateId)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}

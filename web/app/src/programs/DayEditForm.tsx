import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { formFieldErrors } from '../activities/common/fieldErrors';
import { FormField, FormProblem } from '../ui/FormField';
import { useWrite } from '../activities/common/write';
import { editDay } from './api';
import { useProgramDetail } from './detailContext';
import { NAME_MAX, validateDayEdit, type Errors } from './programForms';
import { TemplateChecklist } from './TemplateChecklist';
import type { ProgramBlock, ProgramDay } from './types';

const FIELDS = ['name', 'templateIds', 'cascade'];

/** Renames a day and changes its templates, optionally also in the blocks that start later (cascade). */
export function DayEditForm({ block, day, onDone }: { block: ProgramBlock; day: ProgramDay; onDone: () => void }) {
  const detail = useProgramDetail();
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(day.name);
  const [templateIds, setTemplateIds] = useState<string[]>(day.templateIds);
  const [cascade, setCascade] = useState(false);
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const serverErrors = formFieldErrors(write.error, FIELDS);
  const errors = { ...serverErrors, ...clientErrors };

  useEffect(() => {
    first.current?.focus();
  }, []);

  const touched = () => {
    setClientErrors({});
    write.clearError();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = validateDayEdit(name, templateIds);
    if (Object.keys(problems).length > 0) {
      setClientErrors(problems);
      return;
    }
    const done = await write.run(() =>
      editDay(api, detail.fractalId, detail.program.id, block.id, day.id, { name: name.trim(), templateIds, cascade }),
    );
    if (done) {
      detail.reload();
      onDone();
    }
  };

  return (
    <form className="plan-form day-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => void submit(event)}>
      <h4 id={`${id}-title`}>Edit {day.name}</h4>
      <FormField label="Day name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            ref={first}
            type="text"
            autoComplete="off"
            maxLength={NAME_MAX}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              touched();
            }}
          />
        )}
      </FormField>
      <TemplateChecklist
        selected={templateIds}
        onChange={(ids) => {
          setTemplateIds(ids);
          touched();
        }}
        error={errors.templateIds}
      />
      <label className="check">
        <input type="checkbox" checked={cascade} onChange={(event) => setCascade(event.target.checked)} />
        Also change day {day.dayNumber} in the blocks that start later
      </label>
      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending}>
          Save day
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

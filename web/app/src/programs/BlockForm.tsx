import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { formFieldErrors } from '../activities/common/fieldErrors';
import { FormField, FormProblem } from '../ui/FormField';
import { useWrite } from '../activities/common/write';
import { addBlock, editBlock } from './api';
import { useProgramDetail } from './detailContext';
import { NAME_MAX, blockFormValues, validateBlock, type BlockFormValues, type Errors } from './programForms';
import type { ProgramBlock } from './types';

const FIELDS = ['name', 'startDate', 'endDate', 'color'];

interface BlockFormProps {
  /** The block to edit; a new one when left out. */
  block?: ProgramBlock;
  onDone: () => void;
}

/** A block's name, dates (inside the program) and colour. */
export function BlockForm({ block, onDone }: BlockFormProps) {
  const detail = useProgramDetail();
  const { program } = detail;
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<BlockFormValues>(() => blockFormValues(block));
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const serverErrors = formFieldErrors(write.error, FIELDS);
  const errors = { ...serverErrors, ...clientErrors };

  useEffect(() => {
    first.current?.focus();
  }, []);

  const update = (change: Partial<BlockFormValues>) => {
    setValues((previous) => ({ ...previous, ...change }));
    setClientErrors({});
    write.clearError();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateBlock(values, program);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    const saved = await write.run(() =>
      block
        ? editBlock(api, detail.fractalId, program.id, block.id, result.request)
        : addBlock(api, write.keys, detail.fractalId, program.id, result.request),
    );
    if (saved) {
      detail.reload();
      onDone();
    }
  };

  return (
    <form
      className="plan-form block-form"
      aria-labelledby={`${id}-title`}
      noValidate
      data-testid="block-form"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-title`}>{block ? `Edit block ${block.name}` : 'New block'}</h3>
      <FormField label="Block name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            ref={first}
            type="text"
            autoComplete="off"
            maxLength={NAME_MAX}
            value={values.name}
            onChange={(event) => update({ name: event.target.value })}
          />
        )}
      </FormField>
      <div className="row-fields">
        <FormField label="Block start" error={errors.startDate}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={program.startDate}
              max={program.endDate}
              value={values.startDate}
              onChange={(event) => update({ startDate: event.target.value })}
            />
          )}
        </FormField>
        <FormField label="Block end" error={errors.endDate}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={values.startDate || program.startDate}
              max={program.endDate}
              value={values.endDate}
              onChange={(event) => update({ endDate: event.target.value })}
            />
          )}
        </FormField>
        <FormField label="Colour" error={errors.color} className="color-field">
          {(control) => (
            <input {...control} type="color" value={values.color.toLowerCase()} onChange={(event) => update({ color: event.target.value })} />
          )}
        </FormField>
      </div>
      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending}>
          {block ? 'Save block' : 'Add block'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

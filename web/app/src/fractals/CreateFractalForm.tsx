import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ApiError } from '../api/client';
import { LEVELS, LEVEL_LABELS, type CreateFractalRequest } from '../api/types';
import { FormField } from '../ui/FormField';
import { IdempotencyKeys } from './idempotency';
import {
  EMPTY_FORM,
  NAME_MAX_LENGTH,
  mapServerFieldErrors,
  validateCreateFractal,
  type CreateFractalField,
  type CreateFractalFormValues,
  type FieldErrors,
} from './validation';

interface CreateFractalFormProps {
  onCreate: (request: CreateFractalRequest, idempotencyKey: string) => Promise<void>;
}

/** Status codes after which the same request is worth retrying with the same key. */
function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return true;
  }
  return error.status === 0 || error.status >= 500 || [401, 408, 409, 429].includes(error.status);
}

export function CreateFractalForm({ onCreate }: CreateFractalFormProps) {
  const [values, setValues] = useState<CreateFractalFormValues>(EMPTY_FORM);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const keys = useRef(new IdempotencyKeys());
  const id = useId();

  const fieldId = (field: CreateFractalField) => `${id}-${field}`;

  const update = (field: CreateFractalField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setFieldErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) {
      return;
    }
    const result = validateCreateFractal(values);
    if (!result.ok) {
      setFieldErrors(result.errors);
      setFormError(null);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      await onCreate(result.request, keys.current.keyFor(result.request));
      keys.current.settle();
      setValues(EMPTY_FORM);
    } catch (error) {
      if (!isRetryable(error)) {
        keys.current.settle();
      }
      if (error instanceof ApiError) {
        const { fields, other } = mapServerFieldErrors(error.fieldErrors);
        setFieldErrors(fields);
        setFormError([error.problem.detail ?? error.message, ...other].join(' '));
      } else {
        setFormError(error instanceof Error ? error.message : 'Creating the fractal failed.');
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="create-form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New fractal</h2>

      <FormField id={fieldId('name')} label="Name" error={fieldErrors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            type="text"
            required
            maxLength={NAME_MAX_LENGTH}
            autoComplete="off"
            value={values.name}
            onChange={(event) => update('name', event.target.value)}
          />
        )}
      </FormField>

      <FormField id={fieldId('description')} label="Description" optional error={fieldErrors.description}>
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={3}
            value={values.description}
            onChange={(event) => update('description', event.target.value)}
          />
        )}
      </FormField>

      <FormField id={fieldId('level')} label="Level" error={fieldErrors.level}>
        {(control) => (
          <select {...control} name="level" value={values.level} onChange={(event) => update('level', event.target.value)}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}

      <button type="submit" className="primary" disabled={submitting} aria-busy={submitting || undefined}>
        Create fractal
      </button>
    </form>
  );
}

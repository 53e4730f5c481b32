import { ProblemMessage } from '../ui/ProblemMessage';
import type { ReactNode } from 'react';

/** What a control needs to be tied to its label and its error message. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  hint?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its error right below it (announced through aria-describedby). */
export function Field({ id, label, error, optional = false, hint, children }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p className="field-hint muted" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A failed write of a form: the problem's title and detail, and the field errors that name no field of the
 * form (the others are shown at their fields).
 */
export function FormProblem({ error, unmatched }: { error: unknown; unmatched?: string | undefined }) {
  if (error === null || error === undefined) {
    return null;
  }
  return (
    <>
      <ProblemMessage error={error} hideFieldErrors />
      {unmatched && <p className="field-error">{unmatched}</p>}
    </>
  );
}

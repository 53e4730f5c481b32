import { useId, type ReactNode } from 'react';
import { ProblemMessage } from './ProblemMessage';

/** What the control inside a FormField spreads onto itself to be labelled and described. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  label: ReactNode;
  /** The control's id; a generated one when left out. */
  id?: string;
  /** The message next to the field (ours or the server's), or undefined. */
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, its control and the field's message, wired for screen readers. */
export function FormField({ label, id, error, hint, optional = false, className, children }: FormFieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const errorId = `${controlId}-error`;
  const hintId = `${controlId}-hint`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={controlId}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {children({ id: controlId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p className="field-hint muted" id={hintId}>
          {hint}
        </p>
      )}
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}

/**
 * The message under a field (or a group of fields) it is about; `id` is what the field's aria-describedby
 * names. For fields a FormField cannot wrap: checkbox lists, tables, radio groups.
 */
export function FieldMessage({ id, message }: { id?: string | undefined; message: string | undefined }) {
  if (!message) {
    return null;
  }
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}

interface FormProblemProps {
  /** The failure of the form's latest write, or undefined/null. */
  error: unknown;
  /** A server field error that names no field the form shows. */
  unplaced?: string | undefined;
}

/** A failed save: the problem's title and detail, and the field error that has no field to sit next to. */
export function FormProblem({ error, unplaced }: FormProblemProps) {
  if (error === undefined || error === null) {
    return null;
  }
  return (
    <>
      <ProblemMessage error={error} hideFieldErrors />
      {unplaced && <p className="form-error">{unplaced}</p>}
    </>
  );
}

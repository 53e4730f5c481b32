import { ProblemMessage } from '../../ui/ProblemMessage';

interface FormProblemProps {
  /** The failure of the form's latest write, or undefined. */
  error: unknown;
  /** The form's field errors; the ones under '' name no field the form shows. */
  fieldErrors: Record<string, string>;
}

/** A failed save: the problem's title and detail, and those field errors that have no field to sit next to. */
export function FormProblem({ error, fieldErrors }: FormProblemProps) {
  if (error === undefined) {
    return null;
  }
  const unplaced = fieldErrors[''];
  return (
    <>
      <ProblemMessage error={error} hideFieldErrors />
      {unplaced && <p className="form-error">{unplaced}</p>}
    </>
  );
}

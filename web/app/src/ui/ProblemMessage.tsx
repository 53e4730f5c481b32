import { ApiError } from '../api/client';
import { toProblem } from './problem';

interface ProblemMessageProps {
  error: unknown;
  /** Shown as a button after the message when given. */
  onRetry?: () => void;
  /** Field errors shown next to their fields are left out here. */
  hideFieldErrors?: boolean;
}

/** An error as the server described it (title and detail), announced to screen readers. */
export function ProblemMessage({ error, onRetry, hideFieldErrors = false }: ProblemMessageProps) {
  const problem = toProblem(error);
  const title = problem.title ?? 'Something went wrong';
  const detail = problem.detail && problem.detail !== title ? problem.detail : null;
  const fieldErrors = !hideFieldErrors && error instanceof ApiError ? error.fieldErrors : [];
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{title}</p>
      {detail && <p className="problem-detail">{detail}</p>}
      {fieldErrors.length > 0 && (
        <ul className="problem-fields">
          {fieldErrors.map((fieldError) => (
            <li key={`${fieldError.field}:${fieldError.message}`}>
              <code>{fieldError.field}</code> {fieldError.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

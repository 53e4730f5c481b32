import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { IDEMPOTENCY_KEY_HEADER, ME_PATH } from '../api/client';
import { useSession } from '../app/session';
import { ProblemMessage } from '../ui/ProblemMessage';

/** What the user must type: their username, or this word when the token carries none. */
export const FALLBACK_CONFIRMATION = 'DELETE';

/**
 * Erases the account (DELETE /api/v1/me) after the user typed their username, then signs out: from
 * then on the server refuses their tokens anyway. One Idempotency-Key per visit, so a Retry after a
 * network failure cannot erase twice or fail because the first attempt went through.
 */
export function DeleteAccount() {
  const api = useApi();
  const session = useSession();
  const id = useId();
  const expected = session.username || FALLBACK_CONFIRMATION;
  const [typed, setTyped] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = useRef<string | null>(null);
  const confirmed = typed.trim() === expected;

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed || deleting) {
      return;
    }
    setDeleting(true);
    setError(null);
    key.current ??= crypto.randomUUID();
    try {
      await api.send('DELETE', ME_PATH, undefined, { [IDEMPOTENCY_KEY_HEADER]: key.current });
      session.signOut();
    } catch (cause) {
      setError(cause);
      setDeleting(false);
    }
  };

  return (
    <section className="card danger-zone" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Delete my account</h2>
      <p>
        This erases your account and all your data for good. It cannot be undone. Download your data first if
        you want to keep it.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-confirm`}>
            Type <strong className="confirm-word">{expected}</strong> to confirm
          </label>
          <input
            id={`${id}-confirm`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <button type="submit" className="danger" disabled={!confirmed || deleting}>
          {deleting ? 'Deleting…' : 'Delete my account'}
        </button>
      </form>
      {error !== null && <ProblemMessage error={error} />}
    </section>
  );
}

import { useState } from 'react';
import { fieldErrorsByName } from '../../ui/problem';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { completeSession, reopenSession } from '../api';
import { formatDateTime, hasRunningTimer } from '../duration';
import { staleAware, useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

/**
 * Completing asks first (it stops running timers and ends the session now); afterwards the page shows the
 * targets the session achieved and offers to reopen it.
 */
export function CompletePanel() {
  const { api, fractalId, session, reload } = useSessionDetail();
  const [confirming, setConfirming] = useState(false);
  const write = useWrite(reload);
  const startError = fieldErrorsByName(write.error, ['startedAt']).startedAt;

  if (session.completed) {
    return (
      <div className="ses-complete" role="status">
        <p>
          <strong>✓ Completed</strong> {formatDateTime(session.completedAt)}
        </p>
        <button
          type="button"
          className="secondary"
          disabled={write.busy}
          onClick={() => void write.run(() => reopenSession(api, fractalId, session.id, session.version), reload)}
        >
          Reopen session
        </button>
        {write.error !== undefined && <ProblemMessage error={staleAware(write.error)} />}
      </div>
    );
  }

  const confirm = () =>
    void write.run(
      () => completeSession(api, fractalId, session.id, session.version),
      () => {
        setConfirming(false);
        reload();
      },
    );

  return (
    <div className="ses-complete">
      {confirming ? (
        <div className="ses-confirm" role="group" aria-labelledby="complete-question">
          <p id="complete-question">
            Complete this session now?
            {hasRunningTimer(session) && ' Its running timers stop now.'} The session ends now.
          </p>
          <div className="ses-button-row">
            <button type="button" className="primary" disabled={write.busy} onClick={confirm}>
              Yes, complete it
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          Complete session
        </button>
      )}
      {write.error !== undefined &&
        (startError ? (
          <p className="field-error" role="alert">
            {startError}
          </p>
        ) : (
          <ProblemMessage error={staleAware(write.error)} />
        ))}
    </div>
  );
}

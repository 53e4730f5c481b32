import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { deleteSession } from '../api';
import { staleAware, useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

/** Deleting asks first; afterwards the sessions list is shown (the session is gone from every read). */
export function DeleteSession() {
  const { api, fractalId, session, reload } = useSessionDetail();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const write = useWrite(reload);

  const remove = () =>
    void write.run(
      () => deleteSession(api, fractalId, session.id, session.version),
      () => void navigate(`/fractals/${encodeURIComponent(fractalId)}/sessions`, { replace: true }),
    );

  return (
    <div className="ses-delete">
      {confirming ? (
        <div className="ses-confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">Delete this session? This cannot be undone.</p>
          <div className="ses-button-row">
            <button type="button" className="danger" disabled={write.busy} onClick={remove}>
              Yes, delete it
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Delete session
        </button>
      )}
      {write.error !== undefined && <ProblemMessage error={staleAware(write.error)} />}
    </div>
  );
}

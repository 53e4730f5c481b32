import { fieldErrorsByName } from '../../ui/problem';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { timer, type TimerAction } from '../api';
import type { ActivityInstance } from '../types';
import { useWrite } from '../useWrite';
import { LiveDuration } from './LiveDuration';
import { useSessionDetail } from './SessionDetailContext';

/**
 * Start, stop and reset of one instance's timer, and its duration ticking while it runs. Stop stays available
 * when the timer never started: the server then says why it cannot stop (and what to do instead).
 */
export function TimerControls({ instance }: { instance: ActivityInstance }) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const write = useWrite(reload);
  const act = (action: TimerAction) => void write.run(() => timer(api, fractalId, session.id, instance.id, action), reload);
  const timerError = fieldErrorsByName(write.error, ['timer']).timer;

  return (
    <div className="ses-timer">
      <span className="ses-timer-label">Duration</span>
      <LiveDuration
        running={instance.running}
        startedAt={instance.startedAt}
        durationSeconds={instance.durationSeconds}
        testId="instance-duration"
      />
      {instance.running && <span className="ses-badge ses-badge-running">Running</span>}
      <div className="ses-button-row">
        <button type="button" className="secondary" disabled={write.busy || instance.running} onClick={() => act('start')}>
          Start
        </button>
        <button type="button" className="secondary" disabled={write.busy} onClick={() => act('stop')}>
          Stop
        </button>
        <button
          type="button"
          className="secondary"
          disabled={write.busy || (instance.startedAt === null && instance.stoppedAt === null)}
          onClick={() => act('reset')}
        >
          Reset
        </button>
      </div>
      {write.error !== undefined &&
        (timerError ? (
          <p className="field-error" role="alert">
            {timerError}
          </p>
        ) : (
          <ProblemMessage error={write.error} />
        ))}
    </div>
  );
}

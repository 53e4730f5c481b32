import { ProblemMessage } from '../ui/ProblemMessage';
import { formatEta, type AdminApi, type ProjectionStatus } from './adminApi';
import { useReplay } from './useReplay';

interface ReplayRowProps {
  api: AdminApi;
  projection: ProjectionStatus;
  onFinished: () => void;
}

const numbers = new Intl.NumberFormat();

export function ReplayRow({ api, projection, onFinished }: ReplayRowProps) {
  const replay = useReplay(api, projection.name, onFinished);
  const progress = replay.progress;
  const running = progress?.status === 'RUNNING';
  const labelId = `replay-${projection.name}`;

  return (
    <tr>
      <th scope="row" id={labelId}>
        {projection.name}
      </th>
      <td className="number">{numbers.format(projection.position)}</td>
      <td className="number">{numbers.format(projection.lag)}</td>
      <td>{projection.status}</td>
      <td className="replay-cell">
        {running ? (
          <button type="button" className="secondary" onClick={replay.cancel} disabled={replay.busy}>
            Cancel
          </button>
        ) : (
          <button type="button" className="secondary" onClick={replay.start} disabled={replay.busy}>
            Rebuild
          </button>
        )}
        {progress && (
          <div className="replay-progress">
            <progress
              max={Math.max(progress.total, 1)}
              value={Math.min(progress.processed, Math.max(progress.total, 1))}
              aria-labelledby={labelId}
            />
            <span className="muted" aria-live="polite">
              {progress.status === 'RUNNING'
                ? `${numbers.format(progress.processed)} / ${numbers.format(progress.total)} events · ${numbers.format(
                    Math.round(progress.eventsPerSecond),
                  )} events/s · ETA ${formatEta(progress.etaSeconds)}`
                : `${progress.status.toLowerCase()}: ${numbers.format(progress.processed)} / ${numbers.format(progress.total)} events${
                    progress.failure ? ` (${progress.failure})` : ''
                  }`}
            </span>
          </div>
        )}
        {replay.error !== null && (
          <ProblemMessage error={replay.error} {...(replay.stalled ? { onRetry: replay.resume } : {})} />
        )}
      </td>
    </tr>
  );
}

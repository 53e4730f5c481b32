import { elapsedSeconds, formatClock } from '../duration';
import { useNow } from '../useNow';

interface LiveDurationProps {
  /** Ticks while the timer runs; otherwise shows `durationSeconds`. */
  running: boolean;
  startedAt: string | null;
  durationSeconds: number | null;
  testId?: string;
}

/** A timer's duration as MM:SS, counting up every second while it runs. */
export function LiveDuration({ running, startedAt, durationSeconds, testId }: LiveDurationProps) {
  const now = useNow(running);
  const seconds = running && startedAt ? elapsedSeconds(startedAt, now) : durationSeconds;
  return (
    <span className="ses-clock" data-testid={testId}>
      {formatClock(seconds)}
    </span>
  );
}

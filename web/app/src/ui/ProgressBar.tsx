interface ProgressBarProps {
  /** What is progressing, as a screen reader names the bar. */
  label: string;
  value: number;
  max: number;
  /** How a screen reader reads the value, e.g. "120 of 400 rows"; the percentage otherwise. */
  valueText?: string;
}

/**
 * A determinate progress bar with the progressbar role and its aria-value* attributes; while `max` is not
 * known yet (0), it is indeterminate (no aria-valuenow).
 */
export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  const known = max > 0;
  const clamped = known ? Math.min(Math.max(value, 0), max) : 0;
  const percent = known ? Math.floor((clamped / max) * 100) : 0;
  return (
    <div
      className={known ? 'progress-bar' : 'progress-bar indeterminate'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? max : undefined}
      aria-valuenow={known ? clamped : undefined}
      aria-valuetext={known ? (valueText ?? `${percent}%`) : undefined}
    >
      <div className="progress-bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

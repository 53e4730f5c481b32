import { useEffect, useEffectEvent, useId, useState } from 'react';
import { formatInstant } from './format';
import { asOfAt, instantAt, positionOf, SLIDER_STEPS, type TimeRange } from './timeTravel';

/** Sliding sends one request once the slider rests this long, not one per step. */
export const SLIDE_DEBOUNCE_MS = 350;

interface TimeTravelProps {
  range: TimeRange;
  /** The instant shown, or null for the live tree. */
  asOf: string | null;
  onChange: (asOf: string | null) => void;
}

/**
 * A slider over the fractal's life, from its creation to now, that shows the tree as it was at the chosen
 * instant. While not at "now" the page is read-only; "Back to now" returns to the live tree at once.
 */
export function TimeTravel({ range, asOf, onChange }: TimeTravelProps) {
  const id = useId();
  const [position, setPosition] = useState(() => (asOf ? positionOf(Date.parse(asOf), range) : SLIDER_STEPS));
  const wanted = asOfAt(position, range);
  const report = useEffectEvent((next: string | null) => onChange(next));

  useEffect(() => {
    if (wanted === asOf) {
      return;
    }
    const timer = setTimeout(() => report(wanted), SLIDE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [wanted, asOf]);

  const label = position >= SLIDER_STEPS ? 'Now' : formatInstant(instantAt(position, range));
  const backToNow = () => {
    setPosition(SLIDER_STEPS);
    onChange(null);
  };

  return (
    <section className="time-travel" aria-label="Time travel">
      <div className="field time-travel-field">
        <label htmlFor={`${id}-slider`}>Show the tree as it was</label>
        <div className="time-travel-row">
          <span className="muted time-travel-end">{formatInstant(range.start)}</span>
          <input
            id={`${id}-slider`}
            type="range"
            min={0}
            max={SLIDER_STEPS}
            step={1}
            value={position}
            aria-valuetext={label}
            onChange={(event) => setPosition(Number(event.target.value))}
            data-testid="time-slider"
          />
          <output htmlFor={`${id}-slider`} className="time-travel-value">
            {label}
          </output>
        </div>
      </div>
      {asOf !== null && (
        <div className="as-of-banner" role="status" data-testid="as-of-banner">
          <span>
            Showing the tree <strong>as of {formatInstant(asOf)}</strong>. Read-only.
          </span>
          <button type="button" className="secondary" onClick={backToNow}>
            Back to now
          </button>
        </div>
      )}
    </section>
  );
}

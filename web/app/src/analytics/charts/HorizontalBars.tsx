import type { ReactNode } from 'react';
import { share } from './chartMath';

export interface BarSegment {
  value: number;
  /** `hbar-primary` or `hbar-secondary`: drawn in that order, the later over the earlier. */
  className: string;
}

export interface HorizontalBarRow {
  key: string;
  label: ReactNode;
  /** Indentation (tree depth), 0 for none. */
  depth?: number;
  segments: readonly BarSegment[];
  /** The numbers, written out next to the bar (the bar itself is decoration). */
  text: string;
}

interface HorizontalBarsProps {
  rows: readonly HorizontalBarRow[];
  label: string;
  /** The value of a full bar; defaults to the largest segment. */
  max?: number;
  testId?: string;
}

const MAX_INDENT = 8;

/** Rows of label, bar and numbers; plain HTML around each bar so long names wrap on a phone. */
export function HorizontalBars({ rows, label, max, testId }: HorizontalBarsProps) {
  const full = max ?? Math.max(0, ...rows.flatMap((row) => row.segments.map((segment) => segment.value)));
  return (
    <ul className="hbars" aria-label={label} data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} className={`hbar-row indent-${Math.min(row.depth ?? 0, MAX_INDENT)}`}>
          <span className="hbar-label">{row.label}</span>
          <svg className="hbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect className="hbar-track" x={0} y={0} width={100} height={10} />
            {row.segments.map((segment) => (
              <rect
                key={segment.className}
                className={segment.className}
                x={0}
                y={0}
                width={share(segment.value, full)}
                height={10}
              />
            ))}
          </svg>
          <span className="hbar-value">{row.text}</span>
        </li>
      ))}
    </ul>
  );
}

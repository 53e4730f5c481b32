import type { Frame } from './chartMath';

export interface Tick {
  value: number;
  label: string;
}

interface AxisProps {
  frame: Frame;
  ticks: readonly Tick[];
  scale: (value: number) => number;
  title?: string | undefined;
}

/** Value axis on the left, with a faint grid line per tick so values can be read across. */
export function YAxis({ frame, ticks, scale, title }: AxisProps) {
  return (
    <g className="axis axis-y" aria-hidden="true">
      {ticks.map((tick) => {
        const y = scale(tick.value);
        return (
          <g key={tick.value}>
            <line className="grid" x1={frame.left} x2={frame.right} y1={y} y2={y} />
            <text x={frame.left - 6} y={y} textAnchor="end" dominantBaseline="middle">
              {tick.label}
            </text>
          </g>
        );
      })}
      {title && (
        <text
          className="axis-title"
          transform={`translate(12 ${(frame.top + frame.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {title}
        </text>
      )}
    </g>
  );
}

export function XAxis({ frame, ticks, scale, title }: AxisProps) {
  return (
    <g className="axis axis-x" aria-hidden="true">
      <line className="baseline" x1={frame.left} x2={frame.right} y1={frame.bottom} y2={frame.bottom} />
      {ticks.map((tick) => {
        const x = scale(tick.value);
        return (
          <g key={tick.value}>
            <line className="tick" x1={x} x2={x} y1={frame.bottom} y2={frame.bottom + 4} />
            <text x={x} y={frame.bottom + 16} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        );
      })}
      {title && (
        <text className="axis-title" x={(frame.left + frame.right) / 2} y={frame.height - 4} textAnchor="middle">
          {title}
        </text>
      )}
    </g>
  );
}

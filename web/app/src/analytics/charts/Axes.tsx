import { FRAME, plotBottom, plotLeft, plotRight, plotTop } from './chartMath';

export interface Tick {
  value: number;
  label: string;
}

interface YAxisProps {
  ticks: readonly Tick[];
  scale: (value: number) => number;
  title?: string | undefined;
}

/** Value axis on the left, with a faint grid line per tick so values can be read across. */
export function YAxis({ ticks, scale, title }: YAxisProps) {
  return (
    <g className="axis axis-y" aria-hidden="true">
      {ticks.map((tick) => {
        const y = scale(tick.value);
        return (
          <g key={tick.value}>
            <line className="grid" x1={plotLeft} x2={plotRight} y1={y} y2={y} />
            <text x={plotLeft - 6} y={y} textAnchor="end" dominantBaseline="middle">
              {tick.label}
            </text>
          </g>
        );
      })}
      {title && (
        <text
          className="axis-title"
          transform={`translate(12 ${(plotTop + plotBottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {title}
        </text>
      )}
    </g>
  );
}

interface XAxisProps {
  ticks: readonly Tick[];
  scale: (value: number) => number;
  title?: string | undefined;
}

export function XAxis({ ticks, scale, title }: XAxisProps) {
  return (
    <g className="axis axis-x" aria-hidden="true">
      <line className="baseline" x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} />
      {ticks.map((tick) => {
        const x = scale(tick.value);
        return (
          <g key={tick.value}>
            <line className="tick" x1={x} x2={x} y1={plotBottom} y2={plotBottom + 4} />
            <text x={x} y={plotBottom + 16} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        );
      })}
      {title && (
        <text className="axis-title" x={(plotLeft + plotRight) / 2} y={FRAME.height - 4} textAnchor="middle">
          {title}
        </text>
      )}
    </g>
  );
}

import { XAxis, YAxis } from './Axes';
import { ChartSvg } from './ChartFrame';
import { linePath, plotBottom, plotLeft, plotRight, plotTop } from './chartMath';
import { formatTick, linearScale, niceTicks } from './scale';
import { formatTimeTick, timeTicks } from './timeTicks';

export interface TimePoint {
  /** Epoch milliseconds. */
  time: number;
  value: number;
  /** The point's tooltip. */
  title: string;
}

interface LineChartProps {
  /** In time order. */
  points: readonly TimePoint[];
  label: string;
  yTitle?: string | undefined;
  /** Counts start at zero; measurements read better zoomed to their range. */
  zeroBased?: boolean;
}

/** Values over time: a line through the points, each point a dot with its tooltip. */
export function LineChart({ points, label, yTitle, zeroBased = false }: LineChartProps) {
  const times = points.map((point) => point.time);
  const values = points.map((point) => point.value);
  const xAxis = timeTicks(Math.min(...times), Math.max(...times));
  const yAxis = niceTicks(zeroBased ? Math.min(0, ...values) : Math.min(...values), Math.max(...values));
  const x = linearScale([xAxis.min, xAxis.max], [plotLeft, plotRight]);
  const y = linearScale([yAxis.min, yAxis.max], [plotBottom, plotTop]);
  const placed = points.map((point) => ({ ...point, x: x(point.time), y: y(point.value) }));
  return (
    <ChartSvg label={label}>
      <YAxis ticks={yAxis.ticks.map((value) => ({ value, label: formatTick(value, yAxis.step) }))} scale={y} title={yTitle} />
      <XAxis ticks={xAxis.ticks.map((value) => ({ value, label: formatTimeTick(value, xAxis.step.unit) }))} scale={x} />
      <path className="series-line" d={linePath(placed)} />
      {placed.map((point, index) => (
        <circle key={`${point.time}-${index}`} className="series-dot" cx={point.x} cy={point.y} r={4}>
          <title>{point.title}</title>
        </circle>
      ))}
    </ChartSvg>
  );
}

import { XAxis, YAxis } from './Axes';
import { ChartSvg } from './ChartFrame';
import { labelsThatFit, linePath, type Frame } from './chartMath';
import { formatTick, linearScale, niceTicks, paddedTicks } from './scale';
import { formatTimeTick, timeTicks } from './timeTicks';

/** Room for a label such as "Jan 12" or "Mar 2026". */
const TIME_LABEL_WIDTH = 60;

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
  /** Counts start at zero and tick in whole numbers; measurements read better zoomed to their range. */
  counts?: boolean;
}

/** Values over time: a line through the points, each point a dot with its tooltip. */
export function LineChart({ points, label, yTitle, counts = false }: LineChartProps) {
  return <ChartSvg label={label}>{(frame) => <LinePlot frame={frame} points={points} yTitle={yTitle} counts={counts} />}</ChartSvg>;
}

function LinePlot({ frame, points, yTitle, counts }: Omit<LineChartProps, 'label'> & { frame: Frame }) {
  const times = points.map((point) => point.time);
  const values = points.map((point) => point.value);
  const xAxis = timeTicks(Math.min(...times), Math.max(...times), labelsThatFit(frame, TIME_LABEL_WIDTH));
  const yAxis = counts
    ? niceTicks(Math.min(0, ...values), Math.max(...values), 5, 1)
    : paddedTicks(Math.min(...values), Math.max(...values));
  const x = linearScale([xAxis.min, xAxis.max], [frame.left, frame.right]);
  const y = linearScale([yAxis.min, yAxis.max], [frame.bottom, frame.top]);
  const placed = points.map((point) => ({ ...point, x: x(point.time), y: y(point.value) }));
  return (
    <>
      <YAxis
        frame={frame}
        ticks={yAxis.ticks.map((value) => ({ value, label: formatTick(value, yAxis.step) }))}
        scale={y}
        title={yTitle}
      />
      <XAxis
        frame={frame}
        ticks={xAxis.ticks.map((value) => ({ value, label: formatTimeTick(value, xAxis.step.unit) }))}
        scale={x}
      />
      <path className="series-line" d={linePath(placed)} />
      {placed.map((point, index) => (
        <circle key={`${point.time}-${index}`} className="series-dot" cx={point.x} cy={point.y} r={4}>
          <title>{point.title}</title>
        </circle>
      ))}
    </>
  );
}

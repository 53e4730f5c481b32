import { XAxis, YAxis } from './Axes';
import { ChartSvg } from './ChartFrame';
import { labelsThatFit, type Frame } from './chartMath';
import { formatTick, linearScale, paddedTicks } from './scale';

export interface ScatterDot {
  key: string;
  x: number;
  y: number;
  title: string;
}

interface ScatterChartProps {
  points: readonly ScatterDot[];
  label: string;
  xTitle: string;
  yTitle: string;
}

export function ScatterChart({ points, label, xTitle, yTitle }: ScatterChartProps) {
  return (
    <ChartSvg label={label}>
      {(frame) => <ScatterPlot frame={frame} points={points} xTitle={xTitle} yTitle={yTitle} />}
    </ChartSvg>
  );
}

function ScatterPlot({ frame, points, xTitle, yTitle }: Omit<ScatterChartProps, 'label'> & { frame: Frame }) {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const xAxis = paddedTicks(Math.min(...xs), Math.max(...xs), labelsThatFit(frame, 56));
  const yAxis = paddedTicks(Math.min(...ys), Math.max(...ys));
  const x = linearScale([xAxis.min, xAxis.max], [frame.left, frame.right]);
  const y = linearScale([yAxis.min, yAxis.max], [frame.bottom, frame.top]);
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
        ticks={xAxis.ticks.map((value) => ({ value, label: formatTick(value, xAxis.step) }))}
        scale={x}
        title={xTitle}
      />
      {points.map((point) => (
        <circle key={point.key} className="scatter-dot" cx={x(point.x)} cy={y(point.y)} r={5}>
          <title>{point.title}</title>
        </circle>
      ))}
    </>
  );
}

import { XAxis, YAxis } from './Axes';
import { ChartSvg } from './ChartFrame';
import { plotBottom, plotLeft, plotRight, plotTop } from './chartMath';
import { formatTick, linearScale, niceTicks } from './scale';

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
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const xAxis = niceTicks(Math.min(...xs), Math.max(...xs));
  const yAxis = niceTicks(Math.min(...ys), Math.max(...ys));
  const x = linearScale([xAxis.min, xAxis.max], [plotLeft, plotRight]);
  const y = linearScale([yAxis.min, yAxis.max], [plotBottom, plotTop]);
  return (
    <ChartSvg label={label}>
      <YAxis ticks={yAxis.ticks.map((value) => ({ value, label: formatTick(value, yAxis.step) }))} scale={y} title={yTitle} />
      <XAxis
        ticks={xAxis.ticks.map((value) => ({ value, label: formatTick(value, xAxis.step) }))}
        scale={x}
        title={xTitle}
      />
      {points.map((point) => (
        <circle key={point.key} className="scatter-dot" cx={x(point.x)} cy={y(point.y)} r={5}>
          <title>{point.title}</title>
        </circle>
      ))}
    </ChartSvg>
  );
}

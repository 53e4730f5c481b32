import { XAxis, YAxis } from './Axes';
import { ChartSvg } from './ChartFrame';
import { bands, labelEvery, plotBottom, plotLeft, plotRight, plotTop } from './chartMath';
import { formatTick, linearScale, niceTicks } from './scale';

export interface Bar {
  key: string;
  /** Under the bar (thinned out when bars are many). */
  label: string;
  /** The bar's tooltip. */
  title: string;
  value: number;
}

interface BarChartProps {
  bars: readonly Bar[];
  label: string;
  yTitle?: string | undefined;
  /** Labels that fit under the axis at the chart's width. */
  maxLabels?: number;
}

/** Vertical bars from zero, one per period or bucket. */
export function BarChart({ bars, label, yTitle, maxLabels = 7 }: BarChartProps) {
  const yAxis = niceTicks(0, Math.max(0, ...bars.map((bar) => bar.value)));
  const y = linearScale([yAxis.min, yAxis.max], [plotBottom, plotTop]);
  const layout = bands(bars.length, plotLeft, plotRight);
  const every = labelEvery(bars.length, maxLabels);
  const xTicks = bars.flatMap((bar, index) => {
    const band = layout[index];
    return band && index % every === 0 ? [{ value: band.center, label: bar.label }] : [];
  });
  return (
    <ChartSvg label={label}>
      <YAxis ticks={yAxis.ticks.map((value) => ({ value, label: formatTick(value, yAxis.step) }))} scale={y} title={yTitle} />
      <XAxis ticks={xTicks} scale={(value) => value} />
      {bars.map((bar, index) => {
        const band = layout[index];
        if (!band) {
          return null;
        }
        const top = y(bar.value);
        return (
          <rect key={bar.key} className="bar" x={band.x} y={top} width={band.width} height={Math.max(0, plotBottom - top)}>
            <title>{bar.title}</title>
          </rect>
        );
      })}
    </ChartSvg>
  );
}

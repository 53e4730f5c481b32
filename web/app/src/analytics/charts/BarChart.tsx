import { XAxis, YAxis } from './Axes';
import { ChartSvg } from './ChartFrame';
import { bands, labelEvery, labelsThatFit, type Frame } from './chartMath';
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
  /** Room one label needs under the axis, in pixels. */
  labelWidth?: number;
  /** Whole-number ticks, for counts. */
  counts?: boolean;
}

/** Vertical bars from zero, one per period or bucket. */
export function BarChart({ bars, label, yTitle, labelWidth = 64, counts = false }: BarChartProps) {
  return (
    <ChartSvg label={label}>
      {(frame) => <BarPlot frame={frame} bars={bars} yTitle={yTitle} labelWidth={labelWidth} counts={counts} />}
    </ChartSvg>
  );
}

function BarPlot({ frame, bars, yTitle, labelWidth, counts }: Omit<BarChartProps, 'label'> & { frame: Frame }) {
  const yAxis = niceTicks(0, Math.max(0, ...bars.map((bar) => bar.value)), 5, counts ? 1 : 0);
  const y = linearScale([yAxis.min, yAxis.max], [frame.bottom, frame.top]);
  const layout = bands(bars.length, frame.left, frame.right);
  const every = labelEvery(bars.length, labelsThatFit(frame, labelWidth));
  const xTicks = bars.flatMap((bar, index) => {
    const band = layout[index];
    return band && index % every === 0 ? [{ value: band.center, label: bar.label }] : [];
  });
  return (
    <>
      <YAxis
        frame={frame}
        ticks={yAxis.ticks.map((value) => ({ value, label: formatTick(value, yAxis.step) }))}
        scale={y}
        title={yTitle}
      />
      <XAxis frame={frame} ticks={xTicks} scale={(value) => value} />
      {bars.map((bar, index) => {
        const band = layout[index];
        if (!band) {
          return null;
        }
        const top = y(bar.value);
        return (
          <rect
            key={bar.key}
            className="bar"
            x={band.x}
            y={top}
            width={band.width}
            height={Math.max(0, frame.bottom - top)}
          >
            <title>{bar.title}</title>
          </rect>
        );
      })}
    </>
  );
}

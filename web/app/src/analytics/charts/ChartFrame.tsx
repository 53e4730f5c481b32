import type { ReactNode } from 'react';
import { chartFrame, type Frame } from './chartMath';
import { useChartWidth } from './useChartWidth';

interface ChartSvgProps {
  /** What the chart shows, for screen readers (the points are in the table below it). */
  label: string;
  children: (frame: Frame) => ReactNode;
}

/**
 * The chart's drawing, sized to its container: the viewBox follows the measured width (and CSS scales it to
 * 100 % meanwhile), so the chart fits a 360 px phone with readable labels.
 */
export function ChartSvg({ label, children }: ChartSvgProps) {
  const [ref, width] = useChartWidth();
  const frame = chartFrame(width);
  return (
    <div ref={ref} className="chart-box">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={label}
      >
        {children(frame)}
      </svg>
    </div>
  );
}

interface DataTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * The chart's numbers as a table behind a disclosure: what a keyboard or screen reader user reads instead of
 * hovering the points.
 */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <details className="chart-data">
      <summary>Show the numbers ({rows.length})</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="analytics-sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                // Two columns may share a name (the same metric on both axes).
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // Rows are a fixed snapshot of one answer; their position is their identity.
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

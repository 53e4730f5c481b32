import type { ReactNode } from 'react';
import { FRAME } from './chartMath';

interface ChartSvgProps {
  /** What the chart shows, for screen readers (the points are in the table below it). */
  label: string;
  children: ReactNode;
}

/** The chart's drawing: a fixed viewBox that CSS scales to the container, so it fits a 360 px phone. */
export function ChartSvg({ label, children }: ChartSvgProps) {
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
    >
      {children}
    </svg>
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

import { useState } from 'react';
import { useApiQuery } from '../data/useApiQuery';
import { fetchActivityDefinition, fetchScatter, fetchSeries, type ChartOptions, type Scope } from './api';
import {
  ALL_SPLITS,
  lineMetricOptions,
  metricLabel,
  plottedName,
  plottedUnit,
  scatterExplanation,
  splitOptions,
} from './activityOptions';
import { DataTable } from './charts/ChartFrame';
import { sortByTime } from './charts/chartMath';
import { LineChart } from './charts/LineChart';
import { ScatterChart } from './charts/ScatterChart';
import { SelectField } from './Controls';
import { formatDateTime, withUnit } from './format';
import { Panel } from './Panel';
import { EmptyChart, QueryState } from './QueryState';
import type { ActivityDefinition, ActivityUsage, MetricSummary, SetsChoice } from './types';

const SETS_OPTIONS = [
  { value: 'top', label: 'Top set' },
  { value: 'average', label: 'Average' },
];

interface ActivityChartsProps {
  scope: Scope;
  activity: ActivityUsage;
}

/** The line and scatter charts of one activity, with the set and split choices they share. */
export function ActivityCharts({ scope, activity }: ActivityChartsProps) {
  const [sets, setSets] = useState<SetsChoice>('top');
  const [split, setSplit] = useState(ALL_SPLITS);
  // The definition only decides which options exist; the charts work without it (no product, no splits).
  const definitionQuery = useApiQuery(`activity-definition:${scope.fractalId}:${activity.activityId}`, (signal) =>
    fetchActivityDefinition({ ...scope, signal }, activity.activityId),
  );
  const definition = definitionQuery.data;
  const splits = splitOptions(definition);
  const options: ChartOptions = { sets, split: splits.some((option) => option.value === split) ? split : ALL_SPLITS };
  // Without the definition the choice is offered anyway: the server ignores it for activities without sets.
  const showSets = definition ? definition.hasSets : definitionQuery.error !== undefined;

  return (
    <div className="activity-charts" data-testid="activity-charts">
      <h2 className="activity-charts-title">{activity.name}</h2>
      {(showSets || splits.length > 0) && (
        <div className="chart-options">
          {showSets && (
            <SelectField
              label="Sets"
              value={sets}
              options={SETS_OPTIONS}
              onChange={(value) => setSets(value === 'average' ? 'average' : 'top')}
            />
          )}
          {splits.length > 0 && <SelectField label="Split" value={options.split} options={splits} onChange={setSplit} />}
        </div>
      )}
      <LinePanel scope={scope} activity={activity} definition={definition} options={options} />
      <ScatterPanel scope={scope} activity={activity} options={options} />
    </div>
  );
}

interface LinePanelProps {
  scope: Scope;
  activity: ActivityUsage;
  definition: ActivityDefinition | undefined;
  options: ChartOptions;
}

function LinePanel({ scope, activity, definition, options }: LinePanelProps) {
  const metricOptions = lineMetricOptions(activity.metrics, definition);
  const [chosen, setChosen] = useState(metricOptions[0]?.value ?? '');
  const metric = metricOptions.some((option) => option.value === chosen) ? chosen : (metricOptions[0]?.value ?? '');
  const key =
    metric === '' ? null : `series:${scope.fractalId}:${scope.tz}:${activity.activityId}:${metric}:${options.sets}:${options.split}`;
  const query = useApiQuery(key, (signal) => fetchSeries({ ...scope, signal }, activity.activityId, metric, options));
  const name = plottedName(metric, activity.metrics, definition);
  const unit = plottedUnit(metric, activity.metrics, definition);

  return (
    <Panel
      title="Over time"
      testId="activity-line-chart"
      controls={
        metricOptions.length > 0 && (
          <SelectField label="Metric" value={metric} options={metricOptions} onChange={setChosen} testId="line-metric" />
        )
      }
    >
      {metric === '' ? (
        <EmptyChart title="This activity records no metrics" />
      ) : (
        <QueryState
          query={query}
          what="The line chart"
          isEmpty={(series) => series.points.length === 0}
          empty={<EmptyChart title="No values recorded yet">Record this activity in a session to see it here.</EmptyChart>}
        >
          {(series) => {
            const points = sortByTime(series.points);
            return (
              <>
                <LineChart
                  label={`${name} of ${activity.name} over time`}
                  yTitle={unit ?? name}
                  points={points.map((point) => ({
                    time: point.time,
                    value: point.value,
                    title: `${formatDateTime(point.at)}: ${withUnit(point.value, unit)}`,
                  }))}
                />
                <DataTable
                  caption={`${name} of ${activity.name}, oldest first`}
                  columns={['Session time', name]}
                  rows={points.map((point) => [formatDateTime(point.at), withUnit(point.value, unit)])}
                />
              </>
            );
          }}
        </QueryState>
      )}
    </Panel>
  );
}

interface ScatterPanelProps {
  scope: Scope;
  activity: ActivityUsage;
  options: ChartOptions;
}

function ScatterPanel({ scope, activity, options }: ScatterPanelProps) {
  const metrics = activity.metrics;
  const [x, setX] = useState(metrics[0]?.metricId);
  const [y, setY] = useState(metrics[1]?.metricId);
  const key = `scatter:${scope.fractalId}:${scope.tz}:${activity.activityId}:${x ?? ''}:${y ?? ''}:${options.sets}:${options.split}`;
  // Asked even with fewer than two metrics: the server's refusal is the explanation shown.
  const query = useApiQuery(key, (signal) => fetchScatter({ ...scope, signal }, activity.activityId, { x, y }, options));
  const xMetric = metrics.find((metric) => metric.metricId === x);
  const yMetric = metrics.find((metric) => metric.metricId === y);
  const axisOptions = metrics.map((metric) => ({ value: metric.metricId, label: metricLabel(metric) }));

  return (
    <Panel
      title="One metric against another"
      testId="activity-scatter-chart"
      controls={
        metrics.length >= 2 && (
          <>
            <SelectField label="X axis" value={x ?? ''} options={axisOptions} onChange={setX} testId="scatter-x" />
            <SelectField label="Y axis" value={y ?? ''} options={axisOptions} onChange={setY} testId="scatter-y" />
          </>
        )
      }
    >
      <QueryState
        query={query}
        what="The scatter plot"
        isEmpty={(scatter) => scatter.points.length === 0}
        empty={<EmptyChart title="No values recorded yet" />}
        explainError={(error) => {
          const explanation = scatterExplanation(error);
          return (
            explanation && (
              <p className="chart-explanation" data-testid="scatter-explanation">
                {explanation.replace(/\.$/, '')}.
                {metrics.length === 1 && ' The chart over time above shows its one metric.'}
              </p>
            )
          );
        }}
      >
        {(scatter) => <ScatterView scatter={scatter.points} activity={activity} xMetric={xMetric} yMetric={yMetric} />}
      </QueryState>
    </Panel>
  );
}

interface ScatterViewProps {
  scatter: readonly { sessionId: string; at: string; x: number; y: number }[];
  activity: ActivityUsage;
  xMetric: MetricSummary | undefined;
  yMetric: MetricSummary | undefined;
}

function ScatterView({ scatter, activity, xMetric, yMetric }: ScatterViewProps) {
  const points = sortByTime(scatter);
  const xName = xMetric?.name ?? 'X';
  const yName = yMetric?.name ?? 'Y';
  const describe = (point: (typeof points)[number]) =>
    `${formatDateTime(point.at)}: ${xName} ${withUnit(point.x, xMetric?.unit)}, ${yName} ${withUnit(point.y, yMetric?.unit)}`;
  return (
    <>
      <ScatterChart
        label={`${yName} against ${xName} of ${activity.name}`}
        xTitle={xMetric ? metricLabel(xMetric) : xName}
        yTitle={yMetric ? metricLabel(yMetric) : yName}
        points={points.map((point, index) => ({
          key: `${point.sessionId}-${index}`,
          x: point.x,
          y: point.y,
          title: describe(point),
        }))}
      />
      <DataTable
        caption={`${yName} against ${xName} of ${activity.name}, oldest first`}
        columns={['Session time', xName, yName]}
        rows={points.map((point) => [
          formatDateTime(point.at),
          withUnit(point.x, xMetric?.unit),
          withUnit(point.y, yMetric?.unit),
        ])}
      />
    </>
  );
}

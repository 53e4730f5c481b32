import { useState } from 'react';
import { useApiQuery } from '../data/useApiQuery';
import { fetchDurations, fetchSessionSummary, fetchSessionTrends, fetchStreaks, type Scope } from './api';
import { BarChart } from './charts/BarChart';
import { DataTable } from './charts/ChartFrame';
import { BucketToggle, SelectField } from './Controls';
import { bucketLabel, formatDuration, periodLongLabel, periodShortLabel, plural } from './format';
import { Panel } from './Panel';
import { EmptyChart, QueryState } from './QueryState';
import { describeStreaks } from './streaks';
import type { Bucket } from './types';

type ScopeProps = { scope: Scope };

const scopeKey = ({ fractalId, tz }: Scope) => `${fractalId}:${tz}`;

export function SessionsTab({ scope }: ScopeProps) {
  return (
    <div className="analytics-grid">
      <SummaryPanel scope={scope} />
      <StreaksPanel scope={scope} />
      <TrendsPanel scope={scope} />
      <DurationsPanel scope={scope} />
    </div>
  );
}

function SummaryPanel({ scope }: ScopeProps) {
  const query = useApiQuery(`summary:${scopeKey(scope)}`, (signal) => fetchSessionSummary({ ...scope, signal }));
  return (
    <Panel title="Sessions" testId="session-summary">
      <QueryState query={query} what="Session counts" isEmpty={() => false} empty={null}>
        {(summary) => (
          <dl className="counters">
            <div>
              <dt>Total</dt>
              <dd>{summary.total}</dd>
            </div>
            <div>
              <dt>Completed</dt>
              <dd>{summary.completed}</dd>
            </div>
            <div>
              <dt>In progress</dt>
              <dd>{summary.open}</dd>
            </div>
          </dl>
        )}
      </QueryState>
    </Panel>
  );
}

function StreaksPanel({ scope }: ScopeProps) {
  const query = useApiQuery(`streaks:${scopeKey(scope)}`, (signal) => fetchStreaks({ ...scope, signal }));
  return (
    <Panel title="Streaks" testId="streaks">
      <QueryState query={query} what="Streaks" isEmpty={() => false} empty={null}>
        {(streaks) => {
          const view = describeStreaks(streaks);
          return (
            <>
              <dl className="counters">
                <div>
                  <dt>Current streak</dt>
                  <dd>{view.current}</dd>
                </div>
                <div>
                  <dt>Longest streak</dt>
                  <dd>{view.longest}</dd>
                </div>
                <div>
                  <dt>Last practice</dt>
                  <dd>{view.lastPractice}</dd>
                </div>
              </dl>
              {view.reminder && <p className="muted">{view.reminder}</p>}
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}

function TrendsPanel({ scope }: ScopeProps) {
  const [bucket, setBucket] = useState<Bucket>('week');
  const query = useApiQuery(`trends:${scopeKey(scope)}:${bucket}`, (signal) =>
    fetchSessionTrends({ ...scope, signal }, bucket),
  );
  const per = bucket === 'week' ? 'week' : 'month';
  return (
    <Panel
      title="Session trends"
      testId="session-trends"
      controls={<BucketToggle value={bucket} onChange={setBucket} />}
    >
      <QueryState
        query={query}
        what="Session trends"
        isEmpty={(trends) => trends.items.length === 0}
        empty={<EmptyChart title="No sessions yet">Trends appear after your first session.</EmptyChart>}
      >
        {(trends) => (
          <>
            <h3 className="chart-title">Sessions per {per}</h3>
            <BarChart
              counts
              label={`Sessions per ${per}`}
              yTitle="sessions"
              bars={trends.items.map((item) => ({
                key: item.period,
                label: periodShortLabel(item.period, item.start),
                title: `${periodLongLabel(item.period, item.start)}: ${plural(item.count, 'session')}`,
                value: item.count,
              }))}
            />
            <h3 className="chart-title">Practice time per {per} (completed sessions)</h3>
            <BarChart
              label={`Hours practised per ${per}`}
              yTitle="hours"
              bars={trends.items.map((item) => ({
                key: item.period,
                label: periodShortLabel(item.period, item.start),
                title: `${periodLongLabel(item.period, item.start)}: ${formatDuration(item.durationSeconds)}`,
                value: item.durationSeconds / 3600,
              }))}
            />
            <DataTable
              caption={`Sessions and practice time per ${per}`}
              columns={[per === 'week' ? 'Week' : 'Month', 'Sessions', 'Practice time']}
              rows={trends.items.map((item) => [
                periodLongLabel(item.period, item.start),
                String(item.count),
                formatDuration(item.durationSeconds),
              ])}
            />
          </>
        )}
      </QueryState>
    </Panel>
  );
}

const BUCKET_SIZES = [15, 30, 60] as const;

function DurationsPanel({ scope }: ScopeProps) {
  const [minutes, setMinutes] = useState<number>(15);
  const query = useApiQuery(`durations:${scopeKey(scope)}:${minutes}`, (signal) =>
    fetchDurations({ ...scope, signal }, minutes),
  );
  return (
    <Panel
      title="Session lengths"
      testId="session-durations"
      controls={
        <SelectField
          label="Bucket size"
          value={String(minutes)}
          options={BUCKET_SIZES.map((size) => ({ value: String(size), label: `${size} min` }))}
          onChange={(value) => setMinutes(Number(value))}
        />
      }
    >
      <QueryState
        query={query}
        what="Session lengths"
        isEmpty={(histogram) => histogram.buckets.length === 0}
        empty={<EmptyChart title="No completed sessions yet" />}
      >
        {(histogram) => (
          <>
            <BarChart
              counts
              label="Completed sessions by length"
              yTitle="sessions"
              bars={histogram.buckets.map((bucket) => ({
                key: String(bucket.fromMinutes),
                label: bucketLabel(bucket.fromMinutes, bucket.toMinutes),
                title: `${bucketLabel(bucket.fromMinutes, bucket.toMinutes)}: ${plural(bucket.count, 'session')}`,
                value: bucket.count,
              }))}
              labelWidth={90}
            />
            <DataTable
              caption="Completed sessions by length"
              columns={['Length', 'Sessions']}
              rows={histogram.buckets.map((bucket) => [
                bucketLabel(bucket.fromMinutes, bucket.toMinutes),
                String(bucket.count),
              ])}
            />
          </>
        )}
      </QueryState>
    </Panel>
  );
}

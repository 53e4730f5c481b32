import { useState } from 'react';
import { useApiQuery } from '../data/useApiQuery';
import { fetchGoalCompletions, fetchGoalTime, type Scope } from './api';
import { BarChart } from './charts/BarChart';
import { DataTable } from './charts/ChartFrame';
import { cumulative, treeDepths } from './charts/chartMath';
import { HorizontalBars } from './charts/HorizontalBars';
import { LineChart } from './charts/LineChart';
import { BucketToggle } from './Controls';
import {
  formatDate,
  formatDuration,
  formatPercent,
  levelLabel,
  periodLongLabel,
  periodShortLabel,
  plural,
} from './format';
import { Panel } from './Panel';
import { EmptyChart, QueryState } from './QueryState';
import type { Bucket, GoalCompletions, GoalTime } from './types';

type ScopeProps = { scope: Scope };

export function GoalsTab({ scope }: ScopeProps) {
  return (
    <div className="analytics-grid">
      <TimePerGoalPanel scope={scope} />
      <CompletionsPanel scope={scope} />
    </div>
  );
}

function TimePerGoalPanel({ scope }: ScopeProps) {
  const query = useApiQuery(`goal-time:${scope.fractalId}:${scope.tz}`, (signal) => fetchGoalTime({ ...scope, signal }));
  return (
    <Panel title="Time per goal" testId="goal-time">
      <QueryState
        query={query}
        what="Time per goal"
        isEmpty={(items) => items.every((item) => item.subtreeSeconds === 0)}
        empty={
          <EmptyChart title="No time recorded yet">
            Time is counted from timed activities in sessions linked to a goal.
          </EmptyChart>
        }
      >
        {(items) => <TimePerGoal items={items} />}
      </QueryState>
    </Panel>
  );
}

function TimePerGoal({ items }: { items: readonly GoalTime[] }) {
  const depths = treeDepths(items.map((item) => ({ id: item.goalId, parentId: item.parentId })));
  return (
    <>
      <p className="legend">
        <span className="legend-item">
          <span className="swatch swatch-primary" aria-hidden="true" /> the goal itself
        </span>
        <span className="legend-item">
          <span className="swatch swatch-secondary" aria-hidden="true" /> with its sub-goals
        </span>
      </p>
      <HorizontalBars
        label="Time per goal, in tree order"
        rows={items.map((item) => ({
          key: item.goalId,
          depth: depths.get(item.goalId) ?? 0,
          label: (
            <>
              {item.name} <span className="muted">· {levelLabel(item.level)}</span>
            </>
          ),
          segments: [
            { value: item.subtreeSeconds, className: 'hbar-secondary' },
            { value: item.directSeconds, className: 'hbar-primary' },
          ],
          text: `${formatDuration(item.directSeconds)} itself, ${formatDuration(item.subtreeSeconds)} with sub-goals, ${plural(item.sessionCount, 'session')}`,
        }))}
      />
    </>
  );
}

function CompletionsPanel({ scope }: ScopeProps) {
  const [bucket, setBucket] = useState<Bucket>('month');
  const query = useApiQuery(`goal-completions:${scope.fractalId}:${scope.tz}:${bucket}`, (signal) =>
    fetchGoalCompletions({ ...scope, signal }, bucket),
  );
  return (
    <Panel
      title="Completed goals"
      testId="goal-completions"
      controls={<BucketToggle value={bucket} onChange={setBucket} />}
    >
      <QueryState
        query={query}
        what="Completed goals"
        isEmpty={(completions) => completions.levels.length === 0 && completions.timeline.length === 0}
        empty={<EmptyChart title="No goals yet" />}
      >
        {(completions) => <Completions completions={completions} bucket={bucket} />}
      </QueryState>
    </Panel>
  );
}

function Completions({ completions, bucket }: { completions: GoalCompletions; bucket: Bucket }) {
  const running = cumulative(completions.timeline.map((goal) => ({ ...goal, at: goal.completedAt })));
  return (
    <>
      {running.length === 0 ? (
        <EmptyChart title="No goals completed yet" />
      ) : (
        <>
          <h3 className="chart-title">Goals completed over time</h3>
          <LineChart
            label="Goals completed so far, over time"
            yTitle="goals"
            counts
            points={running.map((goal) => ({
              time: goal.time,
              value: goal.total,
              title: `${formatDate(goal.completedAt)}: ${goal.name} (${plural(goal.total, 'goal')} so far)`,
            }))}
          />
          <h3 className="chart-title">Per {bucket}</h3>
          <BarChart
            counts
            label={`Goals completed per ${bucket}`}
            yTitle="goals"
            bars={completions.periods.map((period) => ({
              key: period.period,
              label: periodShortLabel(period.period, period.start),
              title: `${periodLongLabel(period.period, period.start)}: ${plural(period.count, 'goal')}`,
              value: period.count,
            }))}
          />
          <DataTable
            caption="Completed goals, oldest first"
            columns={['Goal', 'Level', 'Completed']}
            rows={completions.timeline.map((goal) => [goal.name, levelLabel(goal.level), formatDate(goal.completedAt)])}
          />
        </>
      )}
      <h3 className="chart-title">Completion rate per level</h3>
      <HorizontalBars
        label="Completion rate per level"
        testId="goal-level-rates"
        max={1}
        rows={completions.levels.map((level) => ({
          key: level.level,
          label: levelLabel(level.level),
          segments: [{ value: level.rate, className: 'hbar-primary' }],
          text: `${level.completed} of ${level.total} (${formatPercent(level.rate)})`,
        }))}
      />
    </>
  );
}

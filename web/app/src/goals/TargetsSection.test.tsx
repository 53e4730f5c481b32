// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem } from '../test/fakes';
import { fakeBackend, goal, noMetrics, scales } from './test/fixtures';
import { renderGoalsPage } from './test/render';
import { thresholdsText } from './TargetsSection';
import type { Target } from './types';

const target: Target = {
  id: 't1',
  name: 'Scales 120×4',
  activityId: 'act-scales',
  thresholds: [
    { metricId: 'm-tempo', operator: 'GTE', value: 120 },
    { metricId: 'm-reps', operator: 'GTE', value: 4 },
  ],
  achieved: false,
  achievedAt: null,
  achievedInSessionId: null,
};

function treeWith(targets: Target[]) {
  return goal('Root', 'ULTIMATE', [goal('Hands together', 'SHORT_TERM', [], { targets })]);
}

async function open(targets: Target[], activities = [scales, noMetrics]) {
  const backend = fakeBackend(treeWith(targets), { activities });
  renderGoalsPage(backend.api, '?goal=g-hands-together');
  await screen.findByTestId('goal-panel');
  return backend;
}

const section = () => within(screen.getByRole('region', { name: /Targets/ }));

describe('targets', () => {
  it('lists targets with their state and thresholds in the activity’s words', async () => {
    await open([target, { ...target, id: 't2', name: 'Done one', achieved: true, achievedAt: '2026-01-03T10:00:00Z' }]);
    const list = screen.getByTestId('target-list');
    await waitFor(() => expect(list.textContent).toContain('C major scale: Tempo ≥ 120 bpm, Reps ≥ 4 reps'));
    expect(list.textContent).toContain('Not achieved yet');
    expect(list.textContent).toContain('Achieved');
    expect(screen.getByRole('heading', { name: 'Targets (2)' })).toBeTruthy();
    expect(thresholdsText(target, undefined)).toBe('a removed metric ≥ 120, a removed metric ≥ 4');
  });

  it('adds a target: only activities with metrics, the name defaults to the activity', async () => {
    const backend = await open([]);
    await userEvent.click(section().getByRole('button', { name: 'Add target' }));
    const activity = await section().findByLabelText('Activity');
    expect([...(activity as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Choose an activity…', 'C major scale']);
    await userEvent.selectOptions(activity, 'act-scales');
    expect(section().getByLabelText<HTMLInputElement>('Target name').value).toBe('C major scale');
    await userEvent.type(section().getByLabelText('Value'), '120');
    await userEvent.click(section().getByRole('button', { name: 'Add threshold' }));
    const rows = section().getAllByRole('group', { name: /^Threshold \d/ });
    expect(rows).toHaveLength(2);
    await userEvent.selectOptions(within(rows[1]!).getByLabelText('Metric'), 'm-reps');
    await userEvent.selectOptions(within(rows[1]!).getByLabelText('Comparison'), 'GT');
    await userEvent.type(within(rows[1]!).getByLabelText('Value'), '3');
    await userEvent.click(section().getByRole('button', { name: 'Add target' }));

    await waitFor(() => expect(backend.writes()).toHaveLength(1));
    expect(backend.writes()[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/fractals/f1/goals/g-hands-together/targets',
      body: {
        name: 'C major scale',
        activityId: 'act-scales',
        thresholds: [
          { metricId: 'm-tempo', operator: 'GTE', value: 120 },
          { metricId: 'm-reps', operator: 'GT', value: 3 },
        ],
      },
    });
    expect(backend.writes()[0]!.headers!['Idempotency-Key']).toBeTruthy();
  });

  it('shows the server’s threshold errors at their row', async () => {
    const backend = await open([target]);
    await userEvent.click(await section().findByRole('button', { name: 'Edit target Scales 120×4' }));
    backend.failNext(problem(400, 'Invalid request', 'The target is not valid.', [{ field: 'thresholds[1].value', message: 'Too large' }]));
    await userEvent.click(section().getByRole('button', { name: 'Save target' }));
    const second = section().getAllByRole('group', { name: /^Threshold \d/ })[1]!;
    await waitFor(() => expect(within(second).getByLabelText('Value').getAttribute('aria-invalid')).toBe('true'));
    expect(second.textContent).toContain('Too large');
    expect(backend.writes()[0]).toMatchObject({ method: 'PATCH', path: '/api/v1/fractals/f1/goals/g-hands-together/targets/t1' });
  });

  it('checks a new target before sending it', async () => {
    const backend = await open([]);
    await userEvent.click(section().getByRole('button', { name: 'Add target' }));
    await userEvent.click(await section().findByRole('button', { name: 'Add target' }));
    expect(backend.writes()).toHaveLength(0);
    expect(section().getByLabelText('Activity').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('region', { name: /Targets/ }).textContent).toContain('Add at least one threshold.');
  });

  it('deletes a target after confirming', async () => {
    const backend = await open([target]);
    await userEvent.click(section().getByRole('button', { name: 'Delete target Scales 120×4' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this target?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete target' }));
    await waitFor(() => expect(backend.writes()[0]).toMatchObject({ method: 'DELETE', path: '/api/v1/fractals/f1/goals/g-hands-together/targets/t1' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('points to the activities page when no activity has metrics', async () => {
    await open([], [noMetrics]);
    await userEvent.click(section().getByRole('button', { name: 'Add target' }));
    expect((await section().findByRole('link', { name: 'Create an activity' })).getAttribute('href')).toBe('/fractals/f1/activities');
  });
});

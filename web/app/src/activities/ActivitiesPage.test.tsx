// @vitest-environment happy-dom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { problem, renderInApp } from '../test/fakes';
import { ActivitiesPage } from './ActivitiesPage';
import { routeApi, type SentCall } from './common/fakeRoutes';
import type { Activity, ActivityGroup } from '../api/activities';

// These tests click through whole forms; on a busy shared machine that can take longer than the defaults
// (5 s a test, 1 s for findBy/waitFor). Each test file has its own module registry, so this stays here.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 4000 });

// No delay between key strokes: the typing is not under test, and the machine running the tests may be slow.
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

const GROUPS = '/api/v1/fractals/f1/activity-groups';
const ACTIVITIES = '/api/v1/fractals/f1/activities';

const groups: ActivityGroup[] = [
  { id: 'g1', name: 'Technique', description: 'Scales and studies', position: 0 },
  { id: 'g2', name: 'Repertoire', description: null, position: 1 },
  { id: 'g3', name: 'Theory', description: null, position: 2 },
];

const scale: Activity = {
  id: 'a1',
  name: 'C major scale',
  description: 'Two octaves',
  groupId: 'g1',
  hasSets: true,
  hasSplits: false,
  hasMetrics: true,
  multiplicative: true,
  metrics: [
    { id: 'm1', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
    { id: 'm2', name: 'Reps', unit: 'reps', topSet: false, multiplicative: true },
  ],
  splits: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  instanceCount: 2,
  lastUsedAt: '2026-03-03T10:00:00Z',
  version: 3,
};

const hands: Activity = {
  ...scale,
  id: 'a2',
  name: 'Hand independence',
  description: null,
  groupId: null,
  hasSets: false,
  hasSplits: true,
  multiplicative: false,
  metrics: [{ id: 'm3', name: 'Accuracy', unit: '%', topSet: false, multiplicative: true }],
  splits: [
    { id: 's1', name: 'Left' },
    { id: 's2', name: 'Right' },
  ],
  instanceCount: 0,
  lastUsedAt: null,
};

function setup(onSend?: (call: SentCall) => unknown) {
  const fake = routeApi({ [GROUPS]: { items: groups }, [ACTIVITIES]: { items: [hands, scale] } }, onSend);
  renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/activities" element={<ActivitiesPage />} />
    </Routes>,
    { path: '/fractals/f1/activities', api: fake.api },
  );
  return fake;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('ActivitiesPage', () => {
  it('shows the groups in order with their activities, badges and usage, then the ungrouped ones', async () => {
    setup();
    expect(await screen.findByRole('heading', { name: 'C major scale' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Technique',
      'Repertoire',
      'Theory',
      'Ungrouped',
    ]);
    const card = within(section('Technique')).getByTestId('activity-card');
    expect(within(card).getAllByRole('listitem').map((badge) => badge.textContent)).toEqual([
      'Sets',
      'Multiplicative',
      'Tempo (bpm) · top set',
      'Reps (reps)',
    ]);
    expect(card.textContent).toContain('Last used: ');
    expect(card.textContent).toContain('2 instances');
    const ungrouped = within(section('Ungrouped')).getByTestId('activity-card');
    expect(ungrouped.textContent).toContain('Splits: Left, Right');
    expect(ungrouped.textContent).toContain('Last used: Never used');
  });

  it('moves a group up with the button and reloads the order', async () => {
    const fake = setup();
    await screen.findByRole('heading', { name: 'Theory' });
    await user.click(screen.getByRole('button', { name: 'Move Theory up' }));
    await waitFor(() => expect(fake.sent).toHaveLength(1));
    expect(fake.sent[0]).toMatchObject({ method: 'PUT', path: `${GROUPS}/order`, body: { groupIds: ['g1', 'g3', 'g2'] } });
    await waitFor(() => expect(fake.readPaths.filter((path) => path === `${GROUPS}?limit=200`)).toHaveLength(2));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move Technique up' }).disabled).toBe(true);
  });

  it('deletes a group only after confirming', async () => {
    const fake = setup();
    await screen.findByRole('heading', { name: 'Technique' });
    await user.click(screen.getByRole('button', { name: 'Delete group Technique' }));
    expect(screen.getByText('Delete the group “Technique”? Its activities stay, ungrouped.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.sent).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete group Technique' }));

    await user.click(screen.getByRole('button', { name: 'Delete group Technique' }));
    await user.click(within(section('Technique')).getByRole('button', { name: 'Delete' }));
    expect(fake.sent).toEqual([{ method: 'DELETE', path: `${GROUPS}/g1`, body: undefined, headers: {} }]);
  });

  it('creates a group', async () => {
    const fake = setup();
    await screen.findByRole('heading', { name: 'Technique' });
    await user.click(screen.getByRole('button', { name: 'New group' }));
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    expect(screen.getByText('Group name is required.')).toBeTruthy();
    await user.type(screen.getByLabelText('Group name'), 'Ear training');
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    expect(fake.sent[0]).toMatchObject({ method: 'POST', path: GROUPS, body: { name: 'Ear training' } });
    expect(fake.sent[0]?.headers['Idempotency-Key']).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('group-form')).toBeNull());
  });

  it('creates an activity in a group with sets and a top-set metric', async () => {
    const fake = setup();
    await screen.findByRole('heading', { name: 'Technique' });
    await user.click(screen.getByRole('button', { name: 'Add activity to Technique' }));
    const form = screen.getByTestId('activity-form');
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'New activity' }));
    expect(within(form).getByLabelText<HTMLSelectElement>('Group').value).toBe('g1');

    await user.type(within(form).getByLabelText('Name'), 'D minor scale');
    await user.click(within(form).getByLabelText('Track sets'));
    await user.type(within(form).getByLabelText('Metric 1 name'), 'Tempo');
    await user.type(within(form).getByLabelText('Metric 1 unit'), 'bpm');
    await user.click(within(form).getByLabelText('Top set metric'));
    await user.click(within(form).getByRole('button', { name: 'Add metric' }));
    await user.click(within(form).getByRole('button', { name: 'Add metric' }));
    expect(within(form).queryByRole('button', { name: 'Add metric' })).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Remove metric 3' }));
    await user.type(within(form).getByLabelText('Metric 2 name'), 'Reps');
    await user.type(within(form).getByLabelText('Metric 2 unit'), 'reps');
    await user.click(within(form).getByLabelText(/Metrics are multiplicative/));
    await user.click(within(form).getByRole('button', { name: 'Create activity' }));

    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({
      method: 'POST',
      path: ACTIVITIES,
      body: {
        name: 'D minor scale',
        description: null,
        groupId: 'g1',
        hasSets: true,
        hasSplits: false,
        hasMetrics: true,
        multiplicative: true,
        metrics: [
          { name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
          { name: 'Reps', unit: 'reps', topSet: false, multiplicative: true },
        ],
        splits: [],
      },
    });
    await waitFor(() => expect(screen.queryByTestId('activity-form')).toBeNull());
  });

  it('never offers fewer than 2 or more than 5 splits', async () => {
    setup();
    await user.click(await screen.findByRole('button', { name: 'New activity' }));
    const form = screen.getByTestId('activity-form');
    await user.click(within(form).getByLabelText(/Track splits/));
    expect(within(form).getAllByTestId('split-row')).toHaveLength(2);
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Remove split 1 (Split #1)' }).disabled).toBe(true);
    for (let i = 0; i < 3; i++) {
      await user.click(within(form).getByRole('button', { name: 'Add split' }));
    }
    expect(within(form).getAllByTestId('split-row')).toHaveLength(5);
    expect(within(form).queryByRole('button', { name: 'Add split' })).toBeNull();
  });

  it('shows the server field errors next to their fields', async () => {
    setup((call) =>
      call.method === 'POST'
        ? problem(400, 'Invalid activity', 'The activity is not valid.', [
            { field: 'metrics[0].unit', message: 'At most 50 characters' },
            { field: 'name', message: 'Name is taken' },
          ])
        : undefined,
    );
    await user.click(await screen.findByRole('button', { name: 'New activity' }));
    const form = screen.getByTestId('activity-form');
    await user.type(within(form).getByLabelText('Name'), 'Long');
    await user.type(within(form).getByLabelText('Metric 1 name'), 'Distance');
    await user.type(within(form).getByLabelText('Metric 1 unit'), 'x');
    await user.click(within(form).getByRole('button', { name: 'Create activity' }));

    const unit = await within(form).findByLabelText('Metric 1 unit');
    await waitFor(() => expect(unit.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(unit.getAttribute('aria-describedby') ?? '')?.textContent).toBe('At most 50 characters');
    const name = within(form).getByLabelText('Name');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Name is taken');
    expect(within(form).getByRole('alert').textContent).toContain('The activity is not valid.');
  });

  it('warns before an edit removes a metric, then saves with the kept ids and If-Match', async () => {
    const fake = setup();
    await user.click(await screen.findByRole('button', { name: 'Edit C major scale' }));
    const form = screen.getByTestId('activity-form');
    await user.click(within(form).getByRole('button', { name: 'Remove metric 2 (Reps)' }));
    await user.click(within(form).getByRole('button', { name: 'Save activity' }));
    expect(fake.sent).toHaveLength(0);
    expect(within(form).getByRole('alert').textContent).toContain('You are removing 1 metric: Reps (reps)');

    await user.click(within(form).getByRole('button', { name: 'Remove metrics and save' }));
    expect(fake.sent[0]).toMatchObject({
      method: 'PATCH',
      path: `${ACTIVITIES}/a1`,
      headers: { 'If-Match': '"3"' },
      body: { metrics: [{ id: 'm1', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true }], multiplicative: false },
    });
  });

  it('duplicates and deletes an activity', async () => {
    const fake = setup();
    await user.click(await screen.findByRole('button', { name: 'Duplicate C major scale' }));
    expect(fake.sent[0]).toMatchObject({ method: 'POST', path: `${ACTIVITIES}/a1/duplicate` });
    expect(fake.sent[0]?.headers['Idempotency-Key']).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete C major scale' }));
    await user.click(within(section('Technique')).getByRole('button', { name: 'Delete' }));
    expect(fake.sent[1]).toMatchObject({ method: 'DELETE', path: `${ACTIVITIES}/a1`, headers: { 'If-Match': '"3"' } });
  });

  it('says so when there are no activities, and shows a failed load with Retry', async () => {
    const fake = routeApi({ [GROUPS]: { items: [] }, [ACTIVITIES]: problem(503, 'Service Unavailable', 'Try again later') });
    renderInApp(
      <Routes>
        <Route path="/fractals/:fractalId/activities" element={<ActivitiesPage />} />
      </Routes>,
      { path: '/fractals/f1/activities', api: fake.api },
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Try again later');
    fake.reads[ACTIVITIES] = { items: [] };
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No activities yet')).toBeTruthy();
  });
});

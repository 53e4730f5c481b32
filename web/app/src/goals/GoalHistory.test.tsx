// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend, pianistTree } from './test/fixtures';
import { renderGoalsPage } from './test/render';
import type { HistoryEntry } from './types';

function entry(sequence: number, type: string, change: Record<string, unknown>, actor = 'u1'): HistoryEntry {
  return { sequence, type, occurredAt: `2026-01-0${sequence}T10:00:00Z`, actor, change };
}

const history = {
  '': {
    items: [
      entry(1, 'GoalCreated', { name: 'Run', level: 'LONG_TERM', parentId: 'g-become-a-pianist' }),
      entry(2, 'GoalRenamed', { name: { before: 'Run', after: 'Sight reading' } }),
    ],
    nextCursor: 'c2',
  },
  c2: { items: [entry(3, 'TargetAchieved', { targetId: 't1', name: 'Daily page' }, 'system')], nextCursor: null },
};

describe('goal history', () => {
  it('reads as a timeline, oldest first, with Load more and automatic steps marked', async () => {
    const backend = fakeBackend(pianistTree(), { history });
    renderGoalsPage(backend.api, '?goal=g-sight-reading');
    const timeline = await screen.findByTestId('goal-history');
    expect(within(timeline).getAllByRole('listitem').map((item) => item.querySelector('.history-text')?.textContent)).toEqual([
      'Created Long-term goal “Run” under “Become a pianist”',
      'Renamed from “Run” to “Sight reading”',
    ]);
    expect(backend.gets()).toContain('/api/v1/fractals/f1/goals/g-sight-reading/history?limit=20');

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(3));
    expect(backend.gets()).toContain('/api/v1/fractals/f1/goals/g-sight-reading/history?limit=20&cursor=c2');
    const last = within(timeline).getAllByRole('listitem')[2]!;
    expect(last.textContent).toContain('Target “Daily page” achieved');
    expect(last.textContent).toContain('automatic');
    expect(last.querySelector('time')?.getAttribute('dateTime')).toBe('2026-01-03T10:00:00Z');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('reloads from the first page after a write', async () => {
    const backend = fakeBackend(pianistTree(), { history });
    renderGoalsPage(backend.api, '?goal=g-sight-reading');
    await screen.findByTestId('goal-history');
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByText(/achieved/)).toHaveLength(1));

    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.type(screen.getByLabelText('Deadline', { exact: false }), '2026-05-01');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(backend.gets().filter((path) => path.endsWith('/history?limit=20'))).toHaveLength(2));
    await waitFor(() => expect(within(screen.getByTestId('goal-history')).getAllByRole('listitem')).toHaveLength(2));
  });

  it('says so when nothing is recorded', async () => {
    renderGoalsPage(fakeBackend(pianistTree()).api, '?goal=g-sight-reading');
    expect(await screen.findByText('Nothing recorded yet.')).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem } from '../test/fakes';
import { fakeBackend, goal, pianistTree } from './test/fixtures';
import { renderGoalsPage } from './test/render';
import type { GoalNode } from './types';

const panel = () => screen.getByTestId('goal-panel');
const treeReads = (backend: ReturnType<typeof fakeBackend>) => backend.gets().filter((path) => path.includes('/tree')).length;

async function open(tree: GoalNode, goalId: string, options: Parameters<typeof fakeBackend>[1] = {}) {
  const backend = fakeBackend(tree, options);
  renderGoalsPage(backend.api, `?goal=${goalId}`);
  await screen.findByTestId('goal-panel');
  return backend;
}

function field(label: string): HTMLInputElement {
  return within(panel()).getByLabelText(label, { exact: false });
}

describe('goal detail panel', () => {
  it('shows the goal’s facts and which SMART letters it meets', async () => {
    const tree = pianistTree();
    Object.assign(tree.children[0]!, {
      description: 'All 21',
      deadline: '2030-01-01',
      smart: { specific: true, measurable: false, achievable: false, relevant: false, timeBound: true },
    });
    await open(tree, 'g-master-nocturnes');
    expect(panel().textContent).toContain('Long-term');
    expect(panel().textContent).toContain('All 21');
    expect(panel().textContent).toContain('Due:');
    const smart = screen.getByTestId('smart-letters');
    expect(smart.textContent).toContain('Specific: yes');
    expect(smart.textContent).toContain('Measurable: no');
    expect(smart.textContent).toContain('Time-bound: yes');
    expect(panel().textContent).toContain('SMART: 2 of 5');
  });

  it('saves only the changed fields with If-Match, then reloads the tree', async () => {
    const tree = pianistTree();
    const backend = await open(tree, 'g-sight-reading');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Edit' }));
    const name = field('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Sight reading daily');
    await userEvent.type(field('Deadline'), '2026-05-01');
    const before = treeReads(backend);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(backend.writes()).toHaveLength(1));
    const [write] = backend.writes();
    expect(write).toMatchObject({
      method: 'PATCH',
      path: '/api/v1/fractals/f1/goals/g-sight-reading',
      body: { name: 'Sight reading daily', deadline: '2026-05-01' },
    });
    expect(write!.headers!['If-Match']).toBe(`"${tree.children[1]!.version}"`);
    await waitFor(() => expect(treeReads(backend)).toBe(before + 1));
    expect(within(panel()).queryByRole('form', { name: 'Edit goal' })).toBeNull();
  });

  it('checks the form before sending and shows server errors next to their fields', async () => {
    const backend = await open(pianistTree(), 'g-sight-reading');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Edit' }));
    await userEvent.clear(field('Name'));
    await userEvent.click(within(panel()).getByRole('button', { name: 'Save' }));
    expect(backend.writes()).toHaveLength(0);
    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
    expect(panel().textContent).toContain('Name is required.');

    await userEvent.type(field('Name'), 'Sight reading');
    await userEvent.type(field('Deadline'), '2031-01-01');
    backend.failNext(
      problem(400, 'Invalid request', 'The goal is not valid.', [
        { field: 'deadline', message: 'The goal’s deadline may not be later than the parent’s deadline' },
      ]),
    );
    await userEvent.click(within(panel()).getByRole('button', { name: 'Save' }));
    const deadline = await waitFor(() => {
      const input = field('Deadline');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      return input;
    });
    const message = document.getElementById(deadline.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message?.textContent).toBe('The goal’s deadline may not be later than the parent’s deadline');
    expect(within(panel()).getByRole('alert').textContent).toContain('The goal is not valid.');
  });

  it('completes a goal only after the confirmation, with an Idempotency-Key', async () => {
    const backend = await open(pianistTree(), 'g-bars-1-8');
    await userEvent.click(screen.getByTestId('goal-complete-toggle'));
    let dialog = screen.getByRole('alertdialog', { name: 'Complete this goal?' });
    expect(dialog.textContent).toContain('Bars 1-8');
    expect(dialog.textContent).toContain('Will be marked as completed:');
    expect(dialog.textContent).toContain('Targets (0)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(backend.writes()).toHaveLength(0);

    await userEvent.click(screen.getByTestId('goal-complete-toggle'));
    dialog = screen.getByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '✓ Complete goal' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const [write] = backend.writes();
    expect(write).toMatchObject({ method: 'POST', path: '/api/v1/fractals/f1/goals/g-bars-1-8/complete' });
    expect(write!.headers!['Idempotency-Key']).toBeTruthy();
  });

  it('warns which achieved targets open again when a goal is marked incomplete', async () => {
    const tree = goal('Root', 'ULTIMATE', [
      goal('Done', 'LONG_TERM', [], {
        completed: true,
        completedAt: '2026-01-02T10:00:00Z',
        targets: [
          { id: 't1', name: 'Scales 120×4', activityId: 'act-scales', thresholds: [], achieved: true, achievedAt: '2026-01-02T10:00:00Z', achievedInSessionId: 's1' },
        ],
      }),
    ]);
    const backend = await open(tree, 'g-done');
    expect(screen.getByTestId('goal-completed-badge').textContent).toContain('Completed');
    await userEvent.click(screen.getByRole('button', { name: 'Mark incomplete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Mark this goal incomplete?' });
    expect(dialog.textContent).toContain('removes the completion status');
    expect(dialog.textContent).toContain('Scales 120×4');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark incomplete' }));
    await waitFor(() => expect(backend.writes()[0]?.path).toBe('/api/v1/fractals/f1/goals/g-done/uncomplete'));
  });

  it('deletes a goal with its subtree after saying so, and closes the panel', async () => {
    const backend = await open(pianistTree(), 'g-op-9-no-2');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this goal?' });
    expect(dialog.textContent).toContain('delete “Op. 9 No. 2” and all its children');
    expect(dialog.textContent).toContain('2 goals below it go too');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByTestId('goal-panel')).toBeNull());
    expect(backend.writes()[0]).toMatchObject({ method: 'DELETE', path: '/api/v1/fractals/f1/goals/g-op-9-no-2' });
    expect(screen.getByTestId('location').textContent).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('keeps the dialog open with the problem when the server refuses', async () => {
    const backend = await open(pianistTree(), 'g-sight-reading');
    backend.failNext(problem(412, 'Precondition Failed', 'Fetch the goal again'));
    await userEvent.click(within(panel()).getByRole('button', { name: 'Delete' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect((await within(screen.getByRole('alertdialog')).findByRole('alert')).textContent).toContain('This goal was changed meanwhile');
  });

  it('adds a child one level down by default', async () => {
    const backend = await open(pianistTree(), 'g-hands-together-at-60-bpm');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Add Immediate goal' }));
    expect((field('Level') as unknown as HTMLSelectElement).value).toBe('IMMEDIATE');
    await userEvent.type(field('Name'), 'Bars 9-16');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Add goal' }));
    await waitFor(() => expect(backend.writes()).toHaveLength(1));
    expect(backend.writes()[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/fractals/f1/goals',
      body: { parentId: 'g-hands-together-at-60-bpm', name: 'Bars 9-16', level: 'IMMEDIATE' },
    });
    expect(backend.writes()[0]!.headers!['Idempotency-Key']).toBeTruthy();
  });

  it('offers no child for a Nano goal', async () => {
    await open(goal('Root', 'MICRO', [goal('Tiny', 'NANO')]), 'g-tiny');
    expect(panel().textContent).toContain('A Nano goal cannot have children.');
  });

  it('moves a goal under one of the goals that may hold it', async () => {
    const backend = await open(pianistTree(), 'g-op-9-no-2');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Move' }));
    const select = field('New parent') as unknown as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Choose a goal…',
      'Become a pianist (Ultimate)',
      'Sight reading (Long-term)',
    ]);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Move' }));
    expect(panel().textContent).toContain('Choose the goal to move it under.');
    await userEvent.selectOptions(select, 'g-sight-reading');
    await userEvent.click(within(panel()).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(backend.writes()).toHaveLength(1));
    expect(backend.writes()[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/fractals/f1/goals/g-op-9-no-2/move',
      body: { parentId: 'g-sight-reading' },
    });
  });

  it('offers neither move nor delete for the root', async () => {
    await open(pianistTree(), 'g-become-a-pianist');
    expect(within(panel()).queryByRole('button', { name: 'Move' })).toBeNull();
    expect(within(panel()).queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});

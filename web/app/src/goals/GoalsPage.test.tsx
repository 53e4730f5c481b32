// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem } from '../test/fakes';
import { SLIDE_DEBOUNCE_MS } from './TimeTravel';
import { fakeBackend, goal, pianistTree } from './test/fixtures';
import { renderGoalsPage } from './test/render';

afterEach(() => {
  vi.useRealTimers();
});

const node = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name},`) });

describe('GoalsPage', () => {
  it('shows the tree with the goal count and percent complete', async () => {
    const tree = pianistTree();
    tree.children[0]!.children[0]!.children[0]!.children[0]!.completed = true;
    const backend = fakeBackend(tree);
    renderGoalsPage(backend.api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Become a pianist' })).toBeTruthy();
    expect(screen.getByTestId('goal-count').textContent).toBe('6 goals');
    expect(screen.getByTestId('goal-percent').textContent).toBe('17% complete');
    expect(backend.gets()).toEqual(['/api/v1/fractals/f1/tree']);
    expect(screen.getAllByTestId('goal-node')).toHaveLength(6);
    expect(node('Bars 1-8').getAttribute('aria-label')).toBe('Bars 1-8, Immediate goal, completed');
    expect(node('Bars 1-8').getAttribute('class')).toContain('is-completed');
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('Nano');
  });

  it('reads "1 goals" as in S1 and offers to add the first goal under the root', async () => {
    renderGoalsPage(fakeBackend(goal('Alone', 'ULTIMATE')).api);
    expect((await screen.findByTestId('goal-count')).textContent).toBe('1 goals');
    expect(screen.getByTestId('goal-percent').textContent).toBe('0% complete');
    expect(screen.getByText('Only the root goal so far')).toBeTruthy();
  });

  it('selects a goal with Enter, opens its panel and dims everything outside its lineage', async () => {
    renderGoalsPage(fakeBackend(pianistTree()).api);
    const target = await screen.findByRole('button', { name: /^Op\. 9 No\. 2,/ });
    target.focus();
    await userEvent.keyboard('{Enter}');

    const panel = await screen.findByTestId('goal-panel');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Op. 9 No. 2');
    expect(screen.getByTestId('location').textContent).toBe('?goal=g-op-9-no-2');
    expect(target.getAttribute('aria-pressed')).toBe('true');
    expect(node('Sight reading').getAttribute('class')).toContain('is-dimmed');
    expect(node('Bars 1-8').getAttribute('class')).not.toContain('is-dimmed');
    expect(node('Become a pianist').getAttribute('class')).not.toContain('is-dimmed');

    await userEvent.click(screen.getByRole('checkbox', { name: /lineage/ }));
    expect(node('Sight reading').getAttribute('class')).not.toContain('is-dimmed');

    await userEvent.click(within(panel).getByRole('button', { name: 'Close goal details' }));
    expect(screen.queryByTestId('goal-panel')).toBeNull();
    expect(screen.getByTestId('location').textContent).toBe('');
  });

  it('shows the same tree as nested lists', async () => {
    renderGoalsPage(fakeBackend(pianistTree()).api);
    await userEvent.click(await screen.findByRole('button', { name: 'List' }));
    const list = screen.getByTestId('goal-list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    await userEvent.click(within(list).getByRole('button', { name: 'Sight reading' }));
    expect(within(screen.getByTestId('goal-panel')).getByRole('heading', { level: 2 }).textContent).toBe('Sight reading');
  });

  it('opens with the goal named in the URL and says when it is gone', async () => {
    renderGoalsPage(fakeBackend(pianistTree()).api, '?goal=deleted-one');
    expect(await screen.findByText('This goal is not in the tree any more.')).toBeTruthy();
  });

  it('shows a failed load with Retry', async () => {
    const backend = fakeBackend(pianistTree());
    backend.failNextRead(problem(404, 'Not Found', 'Fractal not found'));
    renderGoalsPage(backend.api);
    expect((await screen.findByRole('alert')).textContent).toContain('Fractal not found');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('goal-count')).toBeTruthy();
  });

  it('asks for the tree as it was once the slider rests, read-only, and goes back to now', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-01-11T00:00:00Z'));
    const past = goal('Become a pianist', 'ULTIMATE', [goal('Master nocturnes', 'LONG_TERM')], { createdAt: '2026-01-01T00:00:00Z' });
    const live = pianistTree();
    live.createdAt = '2026-01-01T00:00:00Z';
    const backend = fakeBackend(live, { pastTree: past });
    renderGoalsPage(backend.api, '?goal=g-master-nocturnes');
    const slider = await screen.findByTestId('time-slider');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();

    for (const position of ['900', '700', '500']) {
      fireEvent.change(slider, { target: { value: position } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
    }
    expect(backend.gets().filter((path) => path.includes('asOf'))).toEqual([]);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SLIDE_DEBOUNCE_MS);
    });

    const trees = backend.gets().filter((path) => path.includes('/tree'));
    expect(trees).toHaveLength(2);
    expect(trees[0]).toBe('/api/v1/fractals/f1/tree');
    expect(trees[1]).toMatch(/^\/api\/v1\/fractals\/f1\/tree\?asOf=2026-01-06T00%3A00%3A00\.00\dZ$/);
    await waitFor(() => expect(screen.getByTestId('goal-count').textContent).toBe('2 goals'));
    expect(screen.getByTestId('as-of-banner').textContent).toContain('as of');
    expect(screen.getByTestId('as-of-banner').textContent).toContain('Read-only');
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add target' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Back to now' }));
    await waitFor(() => expect(screen.getByTestId('goal-count').textContent).toBe('6 goals'));
    expect(screen.queryByTestId('as-of-banner')).toBeNull();
    expect((slider as HTMLInputElement).value).toBe('1000');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });
});

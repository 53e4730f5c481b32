// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test/fakes';
import { FakeSessionServer } from '../testing/fakeSessionServer';
import { LiveDuration } from './LiveDuration';
import { SessionDetailPage } from './SessionDetailPage';

async function flush(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('LiveDuration', () => {
  it('ticks every second from the start while running, and stands still when stopped', async () => {
    const { rerender } = renderInApp(<LiveDuration running startedAt="2026-03-01T09:59:00Z" durationSeconds={null} testId="d" />);
    await flush();
    expect(screen.getByTestId('d').textContent).toBe('01:00');
    await flush(1000);
    expect(screen.getByTestId('d').textContent).toBe('01:01');
    await flush(59_000);
    expect(screen.getByTestId('d').textContent).toBe('02:00');

    rerender(<LiveDuration running={false} startedAt="2026-03-01T09:59:00Z" durationSeconds={75} testId="d" />);
    await flush(5000);
    expect(screen.getByTestId('d').textContent).toBe('01:15');
  });
});

describe('timers on the session page', () => {
  const card = () => screen.getByRole('article', { name: 'C major scale' });
  const button = (name: string) => within(card()).getByRole('button', { name });
  const duration = () => within(card()).getByTestId('instance-duration').textContent;

  async function open(server: FakeSessionServer) {
    renderInApp(
      <Routes>
        <Route path="/fractals/:fractalId/sessions/:sessionId" element={<SessionDetailPage />} />
      </Routes>,
      { path: '/fractals/f1/sessions/s1', api: server.api },
    );
    await flush();
    await flush();
  }

  it('explains a stop before any start, then starts, ticks, stops at 01:30 and resets', async () => {
    const server = new FakeSessionServer();
    await open(server);
    expect(duration()).toBe('--:--');

    fireEvent.click(button('Stop'));
    await flush();
    expect(within(card()).getByRole('alert').textContent).toBe('The timer was never started: start it, or type in its times');

    fireEvent.click(button('Start'));
    await flush();
    await flush();
    expect(server.writes('POST').at(-1)?.path).toBe('/api/v1/fractals/f1/sessions/s1/activities/i-scale/timer/start');
    expect(duration()).toBe('00:00');
    expect(within(card()).getByText('Running')).toBeTruthy();
    expect(button('Start').hasAttribute('disabled')).toBe(true);

    await flush(90_000);
    expect(duration()).toBe('01:30');
    expect(screen.getByTestId('session-total-duration').textContent).toBe('01:30');
    const requestsWhileRunning = server.calls.length;

    fireEvent.click(button('Stop'));
    await flush();
    await flush();
    expect(server.calls.length).toBeGreaterThan(requestsWhileRunning);
    expect(duration()).toBe('01:30');
    expect(server.session.sections[0]?.instances[0]?.durationSeconds).toBe(90);
    expect(within(screen.getByRole('region', { name: 'Warm-up' })).getByTestId('section-duration').textContent).toBe('01:30');
    await flush(10_000);
    expect(duration()).toBe('01:30');

    fireEvent.click(button('Reset'));
    await flush();
    await flush();
    expect(duration()).toBe('--:--');
    expect(button('Reset').hasAttribute('disabled')).toBe(true);
  });

  it('runs two timers at once', async () => {
    const server = new FakeSessionServer();
    await open(server);
    fireEvent.click(button('Start'));
    await flush();
    await flush();
    await flush(30_000);
    fireEvent.click(within(screen.getByRole('article', { name: 'Nocturne run-through' })).getByRole('button', { name: 'Start' }));
    await flush();
    await flush();
    await flush(15_000);
    expect(duration()).toBe('00:45');
    expect(within(screen.getByRole('article', { name: 'Nocturne run-through' })).getByTestId('instance-duration').textContent).toBe('00:15');
    expect(screen.getByTestId('session-total-duration').textContent).toBe('01:00');
  });

  it('stops a running timer when the session is completed', async () => {
    const server = new FakeSessionServer();
    await open(server);
    fireEvent.click(button('Start'));
    await flush();
    await flush();
    await flush(60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Complete session' }));
    expect(screen.getByText(/Its running timers stop now\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, complete it' }));
    await flush();
    await flush();
    expect(screen.getByTestId('session-status').textContent).toBe('Completed');
    expect(within(card()).queryByText('Running')).toBeNull();
    expect(duration()).toBe('01:00');
    // The session started at 10:00 and was completed a minute later.
    expect(screen.getByTestId('session-total-duration').textContent).toBe('01:00');
  });
});

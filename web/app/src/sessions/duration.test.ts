import { describe, expect, it } from 'vitest';
import {
  elapsedSeconds,
  formatClock,
  formatHoursMinutes,
  fromLocalInput,
  instanceSeconds,
  sectionSeconds,
  sessionTotal,
  toLocalInput,
} from './duration';
import type { ActivityInstance, SessionDetail } from './types';

const at = (iso: string) => Date.parse(iso);

function instance(overrides: Partial<ActivityInstance> = {}): ActivityInstance {
  return {
    id: 'i',
    activityId: 'a',
    startedAt: null,
    stoppedAt: null,
    durationSeconds: null,
    running: false,
    sets: [],
    values: [],
    notes: null,
    ...overrides,
  };
}

function session(overrides: Partial<SessionDetail> = {}): SessionDetail {
  return {
    id: 's',
    fractalId: 'f',
    name: null,
    description: null,
    templateId: null,
    programDayId: null,
    startedAt: '2026-03-01T10:00:00Z',
    endedAt: null,
    completed: false,
    completedAt: null,
    totalDurationSeconds: null,
    totalDurationSource: null,
    plannedMinutes: null,
    goalIds: [],
    achievedTargets: [],
    sections: [],
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

describe('formatClock', () => {
  it('shows minutes and seconds, with hours only when there are some', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(90)).toBe('01:30');
    expect(formatClock(1500)).toBe('25:00');
    expect(formatClock(3599)).toBe('59:59');
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(36000 + 61)).toBe('10:01:01');
  });

  it('shows dashes when nothing is timed, and never a negative or fractional time', () => {
    expect(formatClock(null)).toBe('--:--');
    expect(formatClock(Number.NaN)).toBe('--:--');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(59.9)).toBe('00:59');
  });
});

describe('formatHoursMinutes', () => {
  it('shows H:MM as the sessions list does', () => {
    expect(formatHoursMinutes(900)).toBe('0:15');
    expect(formatHoursMinutes(5400)).toBe('1:30');
    expect(formatHoursMinutes(59)).toBe('0:00');
    expect(formatHoursMinutes(null)).toBe('–');
  });
});

describe('elapsedSeconds', () => {
  it('counts whole seconds since the start, rounded down, and 0 for a start in the future', () => {
    expect(elapsedSeconds('2026-03-01T10:00:00Z', at('2026-03-01T10:01:30.900Z'))).toBe(90);
    expect(elapsedSeconds('2026-03-01T10:00:00Z', at('2026-03-01T09:59:00Z'))).toBe(0);
    expect(elapsedSeconds('not a date', at('2026-03-01T10:00:00Z'))).toBe(0);
  });
});

describe('live durations', () => {
  const now = at('2026-03-01T10:05:00Z');
  const running = instance({ id: 'r', running: true, startedAt: '2026-03-01T10:04:00Z' });
  const stopped = instance({ id: 's', startedAt: '2026-03-01T10:00:00Z', stoppedAt: '2026-03-01T10:01:30Z', durationSeconds: 90 });
  const untimed = instance({ id: 'u' });

  it('counts a running timer up to now and keeps a stopped one as recorded', () => {
    expect(instanceSeconds(running, now)).toBe(60);
    expect(instanceSeconds(stopped, now)).toBe(90);
    expect(instanceSeconds(untimed, now)).toBeNull();
  });

  it('sums a section over its timed instances, null when none is timed', () => {
    expect(sectionSeconds({ name: 'A', plannedMinutes: 10, durationSeconds: null, instances: [running, stopped, untimed] }, now)).toBe(150);
    expect(sectionSeconds({ name: 'B', plannedMinutes: 10, durationSeconds: null, instances: [untimed] }, now)).toBeNull();
  });

  it('totals an open session from its instances, else from its plan', () => {
    const sections = [{ name: 'A', plannedMinutes: 10, durationSeconds: null, instances: [running, stopped] }];
    expect(sessionTotal(session({ sections, plannedMinutes: 40 }), now)).toEqual({ seconds: 150, source: 'INSTANCES' });
    expect(sessionTotal(session({ plannedMinutes: 40 }), now)).toEqual({ seconds: 2400, source: 'PLANNED' });
    expect(sessionTotal(session(), now)).toEqual({ seconds: null, source: null });
  });

  it('takes a completed session total as recorded', () => {
    const completed = session({ completed: true, totalDurationSeconds: 3600, totalDurationSource: 'COMPLETED' });
    expect(sessionTotal(completed, now)).toEqual({ seconds: 3600, source: 'COMPLETED' });
  });
});

describe('local date-time inputs', () => {
  it('round-trips an instant through the datetime-local value in the browser zone', () => {
    const iso = '2026-03-01T10:25:07Z';
    const local = toLocalInput(iso);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe(iso);
  });

  it('reads a value without seconds, a blank as null and garbage as undefined', () => {
    const local = toLocalInput('2026-03-01T10:25:00Z').slice(0, 16);
    expect(fromLocalInput(local)).toBe('2026-03-01T10:25:00Z');
    expect(fromLocalInput('  ')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeUndefined();
    expect(toLocalInput(null)).toBe('');
  });
});

import { vi } from 'vitest';
import type { ApiClient } from '../../api/client';
import { fakeApi, problem } from '../../test/fakes';
import type { Activity, ActivityGroup } from '../../api/activities';
import type {
  AchievedTarget,
  ActivityInstance,
  GoalNode,
  Note,
  RecordedValue,
  SessionDetail,
} from '../types';

export interface Call {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

export const FRACTAL = 'f1';
export const SESSION = 's1';

export const scale: Activity = {
  id: 'act-scale',
  name: 'C major scale',
  description: null,
  groupId: 'grp-tech',
  hasSets: true,
  hasSplits: false,
  hasMetrics: true,
  multiplicative: true,
  metrics: [
    { id: 'm-tempo', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
    { id: 'm-reps', name: 'Reps', unit: 'reps', topSet: false, multiplicative: true },
  ],
  splits: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

export const nocturne: Activity = {
  id: 'act-nocturne',
  name: 'Nocturne run-through',
  description: null,
  groupId: null,
  hasSets: false,
  hasSplits: false,
  hasMetrics: true,
  multiplicative: false,
  metrics: [{ id: 'm-acc', name: 'Accuracy', unit: '%', topSet: false, multiplicative: true }],
  splits: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

export function instance(id: string, activityId: string, overrides: Partial<ActivityInstance> = {}): ActivityInstance {
  return {
    id,
    activityId,
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

export function baseSession(): SessionDetail {
  return {
    id: SESSION,
    fractalId: FRACTAL,
    name: 'Daily Practice',
    description: null,
    templateId: 't1',
    programDayId: null,
    startedAt: '2026-03-01T10:00:00Z',
    endedAt: null,
    completed: false,
    completedAt: null,
    totalDurationSeconds: 2400,
    totalDurationSource: 'PLANNED',
    plannedMinutes: 40,
    goalIds: ['stg'],
    achievedTargets: [],
    sections: [
      { name: 'Warm-up', plannedMinutes: 10, durationSeconds: null, instances: [instance('i-scale', scale.id)] },
      { name: 'Repertoire', plannedMinutes: 30, durationSeconds: null, instances: [instance('i-noc', nocturne.id)] },
    ],
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    version: 5,
  };
}

const bad = (field: string, message: string) => problem(400, 'Invalid request', 'The request is not valid.', [{ field, message }]);

/**
 * An in-memory sessions backend behind the ApiClient interface: enough of the real rules for the pages to
 * be exercised end to end (timers, times, sets, values, moves, completion), recording every call.
 */
export class FakeSessionServer {
  session: SessionDetail = baseSession();
  deleted = false;
  activities: Activity[] = [scale, nocturne];
  groups: ActivityGroup[] = [{ id: 'grp-tech', name: 'Technique', description: null, position: 0 }];
  tree: GoalNode = {
    id: FRACTAL,
    name: 'Become a pianist',
    level: 'ULTIMATE',
    completed: false,
    children: [{ id: 'stg', name: 'Hands together at 60 bpm', level: 'SHORT_TERM', completed: false, children: [] }],
  };
  notes: Note[] = [];
  notesPageSize = 50;
  /** What completing the session achieves. */
  targetsOnComplete: AchievedTarget[] = [];
  calls: Call[] = [];
  now = () => Date.now();
  private counter = 0;

  /** The client's send, to make one answer fail (`send.mockImplementationOnce`). */
  readonly send = vi.fn((method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    this.write(method, path, body, headers),
  );

  readonly api: ApiClient = fakeApi({
    getJson: vi.fn((path: string) => this.get(path)) as ApiClient['getJson'],
    send: this.send,
  });

  writes(method?: string): Call[] {
    return this.calls.filter((call) => call.method !== 'GET' && (method === undefined || call.method === method));
  }

  private get(path: string): Promise<unknown> {
    this.calls.push({ method: 'GET', path, body: undefined, headers: {} });
    const local = path.replace(`/api/v1/fractals/${FRACTAL}`, '');
    if (local === `/sessions/${SESSION}`) {
      return this.deleted ? Promise.reject(problem(404, 'Not Found', 'Session not found')) : Promise.resolve(structuredClone(this.session));
    }
    // The paged lists fit on one page here.
    if (local === '/activities?limit=200') {
      return Promise.resolve({ items: structuredClone(this.activities), nextCursor: null });
    }
    if (local === '/activity-groups?limit=200') {
      return Promise.resolve({ items: structuredClone(this.groups), nextCursor: null });
    }
    if (local === '/tree') {
      return Promise.resolve(structuredClone(this.tree));
    }
    if (local.startsWith('/notes?')) {
      // Pages of notesPageSize, the cursor being the index of the next note, as a server that pages would.
      const from = Number(new URLSearchParams(local.slice('/notes?'.length)).get('cursor') ?? '0');
      const to = from + this.notesPageSize;
      return Promise.resolve({
        items: structuredClone(this.notes.slice(from, to)),
        nextCursor: to < this.notes.length ? String(to) : null,
      });
    }
    return Promise.reject(new Error(`unexpected GET ${path}`));
  }

  private write(method: string, path: string, body: unknown, headers: Record<string, string>) {
    this.calls.push({ method, path, body, headers });
    try {
      const answer = this.apply(method, path.replace(`/api/v1/fractals/${FRACTAL}`, ''), body);
      this.session.version += 1;
      return Promise.resolve({ body: answer as never, consistencyToken: `ct-${this.session.version}` });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private find(instanceId: string): ActivityInstance {
    for (const section of this.session.sections) {
      const found = section.instances.find((candidate) => candidate.id === instanceId);
      if (found) {
        return found;
      }
    }
    throw problem(404, 'Not Found', 'Activity instance not found');
  }

  private iso(ms: number) {
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }

  private stop(target: ActivityInstance) {
    target.stoppedAt = this.iso(this.now());
    target.durationSeconds = Math.floor((Date.parse(target.stoppedAt) - Date.parse(target.startedAt ?? '')) / 1000);
    target.running = false;
  }

  private apply(method: string, path: string, body: unknown): unknown {
    const instanceRoute = /^\/sessions\/s1\/activities\/([^/]+)(\/.*)?$/.exec(path);
    if (instanceRoute) {
      return this.applyToInstance(method, instanceRoute[1] ?? '', instanceRoute[2] ?? '', body);
    }
    const key = `${method} ${path}`;
    switch (key) {
      case 'POST /sessions/s1/activities': {
        const { activityId, section } = body as { activityId: string; section?: number };
        const id = `i-new-${++this.counter}`;
        if (this.session.sections.length === 0) {
          this.session.sections.push({ name: null, plannedMinutes: null, durationSeconds: null, instances: [] });
        }
        const target = this.session.sections[section ?? this.session.sections.length - 1];
        if (!target) {
          throw bad('section', 'Must be a section index');
        }
        target.instances.push(instance(id, activityId));
        return { id };
      }
      case 'POST /activities': {
        const request = body as { name: string; hasSets: boolean; hasMetrics: boolean; metrics: { name: string; unit: string }[] };
        if (request.name === 'Taken') {
          throw bad('name', 'There is already an activity with that name');
        }
        const id = `act-new-${++this.counter}`;
        this.activities.push({
          id,
          name: request.name,
          description: null,
          groupId: null,
          hasSets: request.hasSets,
          hasSplits: false,
          hasMetrics: request.hasMetrics,
          multiplicative: false,
          metrics: request.metrics.map((metric, index) => ({ ...metric, id: `${id}-m${index}`, topSet: false, multiplicative: true })),
          splits: [],
          createdAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
          version: 1,
        });
        return { id };
      }
      case 'POST /sessions/s1/complete':
        if (!this.session.startedAt) {
          throw bad('startedAt', 'The session has not started: set its startedAt first');
        }
        this.session.sections.forEach((section) => section.instances.filter((i) => i.running).forEach((i) => this.stop(i)));
        this.session.completed = true;
        this.session.completedAt = this.iso(this.now());
        this.session.endedAt = this.session.completedAt;
        this.session.totalDurationSeconds = Math.floor((this.now() - Date.parse(this.session.startedAt)) / 1000);
        this.session.totalDurationSource = 'COMPLETED';
        this.session.achievedTargets = this.targetsOnComplete;
        return { id: SESSION, completed: true };
      case 'POST /sessions/s1/reopen':
        Object.assign(this.session, { completed: false, completedAt: null, endedAt: null, achievedTargets: [] });
        return { id: SESSION, completed: false };
      case 'PATCH /sessions/s1':
        Object.assign(this.session, body);
        return { id: SESSION };
      case 'DELETE /sessions/s1':
        this.deleted = true;
        return undefined;
      case 'POST /notes': {
        const { text } = body as { text: string };
        this.notes.unshift({
          id: `n${++this.counter}`,
          context: 'session',
          contextId: SESSION,
          sessionId: SESSION,
          text,
          createdAt: this.iso(this.now()),
          updatedAt: this.iso(this.now()),
        });
        return { id: `n${this.counter}` };
      }
      default:
        throw new Error(`unexpected ${key}`);
    }
  }

  private applyToInstance(method: string, instanceId: string, rest: string, body: unknown): unknown {
    const target = this.find(instanceId);
    switch (`${method} ${rest}`) {
      case 'DELETE ':
        this.session.sections.forEach((section) => {
          section.instances = section.instances.filter((candidate) => candidate.id !== instanceId);
        });
        return undefined;
      case 'POST /move': {
        const { section, position } = body as { section: number; position: number };
        this.session.sections.forEach((s) => {
          s.instances = s.instances.filter((candidate) => candidate.id !== instanceId);
        });
        this.session.sections[section]?.instances.splice(position, 0, target);
        return { id: instanceId };
      }
      case 'POST /timer/start':
        if (target.running) {
          throw bad('timer', 'The timer is already running');
        }
        Object.assign(target, { startedAt: this.iso(this.now()), stoppedAt: null, durationSeconds: null, running: true });
        return { id: instanceId };
      case 'POST /timer/stop':
        if (!target.startedAt) {
          throw bad('timer', 'The timer was never started: start it, or type in its times');
        }
        this.stop(target);
        return { id: instanceId };
      case 'POST /timer/reset':
        Object.assign(target, { startedAt: null, stoppedAt: null, durationSeconds: null, running: false });
        return { id: instanceId };
      case 'PUT /times': {
        const { startedAt, stoppedAt } = body as { startedAt: string | null; stoppedAt: string | null };
        if (startedAt && stoppedAt && Date.parse(stoppedAt) < Date.parse(startedAt)) {
          throw bad('stoppedAt', 'Must not be before startedAt');
        }
        const duration = startedAt && stoppedAt ? Math.floor((Date.parse(stoppedAt) - Date.parse(startedAt)) / 1000) : null;
        Object.assign(target, { startedAt, stoppedAt, durationSeconds: duration, running: Boolean(startedAt && !stoppedAt) });
        return { id: instanceId };
      }
      case 'PUT /sets':
        target.sets = (body as { values: RecordedValue[] }[]).map((set) => ({
          values: set.values.map((value) => ({ metricId: value.metricId, splitId: value.splitId ?? null, value: value.value })),
        }));
        return { id: instanceId };
      case 'PUT /values':
        target.values = (body as RecordedValue[])
          .filter((value) => value.value !== null)
          .map((value) => ({ metricId: value.metricId, splitId: value.splitId ?? null, value: value.value }));
        return { id: instanceId };
      case 'PATCH ':
        target.notes = (body as { notes: string | null }).notes;
        return { id: instanceId };
      default:
        throw new Error(`unexpected ${method} instance ${rest}`);
    }
  }
}

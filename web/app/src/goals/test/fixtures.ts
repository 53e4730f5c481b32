import { vi } from 'vitest';
import type { ApiClient, WriteResult } from '../../api/client';
import { fakeApi } from '../../test/fakes';
import type { Activity, GoalLevel, GoalNode, HistoryPage } from '../types';

let counter = 0;

/** A goal node with everything a test does not care about filled in. */
export function goal(name: string, level: GoalLevel, children: GoalNode[] = [], overrides: Partial<GoalNode> = {}): GoalNode {
  counter += 1;
  const id = overrides.id ?? `g-${name.toLowerCase().replace(/\W+/g, '-')}`;
  const node: GoalNode = {
    id,
    parentId: null,
    level,
    name,
    description: null,
    deadline: null,
    relevance: null,
    completed: false,
    completedAt: null,
    completionSource: null,
    createdAt: '2026-01-01T10:00:00Z',
    ageDays: 3,
    targets: [],
    smart: { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false },
    version: counter,
    ...overrides,
    children: [],
  };
  node.children = children.map((child) => ({ ...child, parentId: id }));
  return node;
}

/** S2's pianist tree: root, long-term, mid-term, short-term, immediate (one chain), plus a second long-term. */
export function pianistTree(): GoalNode {
  return goal('Become a pianist', 'ULTIMATE', [
    goal('Master nocturnes', 'LONG_TERM', [
      goal('Op. 9 No. 2', 'MID_TERM', [goal('Hands together at 60 bpm', 'SHORT_TERM', [goal('Bars 1-8', 'IMMEDIATE')])]),
    ]),
    goal('Sight reading', 'LONG_TERM'),
  ]);
}

export const scales: Activity = {
  id: 'act-scales',
  name: 'C major scale',
  hasMetrics: true,
  metrics: [
    { id: 'm-tempo', name: 'Tempo', unit: 'bpm' },
    { id: 'm-reps', name: 'Reps', unit: 'reps' },
  ],
};

export const noMetrics: Activity = { id: 'act-free', name: 'Free play', hasMetrics: false, metrics: [] };

export interface Call {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeBackend {
  api: ApiClient;
  /** Every request in order, reads as GET. */
  calls: Call[];
  writes: () => Call[];
  gets: () => string[];
  /** The next write fails with this error. */
  failNext: (error: Error) => void;
  /** The next read fails with this error. */
  failNextRead: (error: Error) => void;
  setTree: (tree: GoalNode) => void;
}

/**
 * An API that answers the goal pages' reads from the given tree (the same tree for any asOf), history pages
 * by cursor, and records every call. Writes succeed with 200 unless failNext was called.
 */
export function fakeBackend(
  initial: GoalNode,
  options: { history?: Record<string, HistoryPage>; activities?: Activity[]; pastTree?: GoalNode } = {},
): FakeBackend {
  let tree = initial;
  const calls: Call[] = [];
  let failure: Error | null = null;
  let readFailure: Error | null = null;
  const getJson = vi.fn((path: string) => {
    calls.push({ method: 'GET', path });
    if (readFailure !== null) {
      const error = readFailure;
      readFailure = null;
      return Promise.reject(error);
    }
    if (path.includes('/tree')) {
      return Promise.resolve(path.includes('asOf=') && options.pastTree ? options.pastTree : tree);
    }
    if (path.includes('/history')) {
      const cursor = new URL(path, 'http://x').searchParams.get('cursor') ?? '';
      return Promise.resolve(options.history?.[cursor] ?? { items: [], nextCursor: null });
    }
    if (path.endsWith('/activities?limit=200')) {
      return Promise.resolve({ items: options.activities ?? [scales], nextCursor: null });
    }
    return Promise.reject(new Error(`unexpected GET ${path}`));
  });
  const send = vi.fn((method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    calls.push({ method, path, body, headers: headers ?? {} });
    if (failure !== null) {
      const error = failure;
      failure = null;
      return Promise.reject(error);
    }
    const result: WriteResult<unknown> = { body: { id: 'new-id' }, consistencyToken: `ct-${calls.length}` };
    return Promise.resolve(result);
  });
  return {
    api: fakeApi({ getJson: getJson as ApiClient['getJson'], send: send as ApiClient['send'] }),
    calls,
    writes: () => calls.filter((call) => call.method !== 'GET'),
    gets: () => calls.filter((call) => call.method === 'GET').map((call) => call.path),
    failNext: (error) => {
      failure = error;
    },
    failNextRead: (error) => {
      readFailure = error;
    },
    setTree: (next) => {
      tree = next;
    },
  };
}

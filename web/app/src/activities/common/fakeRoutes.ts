import { vi } from 'vitest';
import type { ApiClient, WriteResult } from '../../api/client';
import { fakeApi } from '../../test/fakes';

/** Test support only: a fake API that answers reads by path and records writes. */
export interface SentCall {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

/** What a read answers: a body, a function of the full path, or an error to throw. */
export type ReadAnswer = unknown;

export interface RouteApi {
  api: ApiClient;
  /** Read answers by path (with its query string, or without it as a fallback); change them between steps. */
  reads: Record<string, ReadAnswer>;
  sent: SentCall[];
  readPaths: string[];
}

/**
 * `onSend` answers a write (its return value is the body; an Error thrown or returned fails it). Without an
 * answer a write resolves to `{id: 'new-1'}`, `{id: 'new-2'}`, … .
 */
export function routeApi(reads: Record<string, ReadAnswer>, onSend?: (call: SentCall) => unknown): RouteApi {
  const sent: SentCall[] = [];
  const readPaths: string[] = [];
  let created = 0;
  const getJson = vi.fn((path: string) => {
    readPaths.push(path);
    const bare = path.split('?')[0] ?? path;
    const answer = path in reads ? reads[path] : reads[bare];
    if (answer === undefined) {
      return Promise.reject(new Error(`no fake answer for GET ${path}`));
    }
    const value: unknown = typeof answer === 'function' ? (answer as (path: string) => unknown)(path) : answer;
    return value instanceof Error ? Promise.reject(value) : Promise.resolve(structuredClone(value));
  });
  const send = vi.fn((method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const call = { method, path, body, headers };
    sent.push(call);
    let answer: unknown;
    try {
      answer = onSend?.(call);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (answer instanceof Error) {
      return Promise.reject(answer);
    }
    created++;
    const result: WriteResult<unknown> = { body: answer ?? { id: `new-${created}` }, consistencyToken: `ct-${sent.length}` };
    return Promise.resolve(result);
  });
  return {
    api: fakeApi({ getJson: getJson as ApiClient['getJson'], send: send as ApiClient['send'] }),
    reads,
    sent,
    readPaths,
  };
}

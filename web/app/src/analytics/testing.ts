import { vi } from 'vitest';
import type { ApiClient } from '../api/client';
import { fakeApi } from '../test/fakes';

/** A body, an Error to throw, or a function of the requested path giving either. */
type Answer = unknown;

/**
 * A fake client whose getJson answers by the first route whose pattern matches the path (without the query);
 * an answer that is an Error is thrown. Unknown paths fail the way a missing fake would.
 */
export function routedApi(routes: readonly (readonly [RegExp, Answer])[]): ApiClient & { paths: () => string[] } {
  const getJson = vi.fn((path: string) => {
    const bare = path.split('?')[0] ?? path;
    const route = routes.find(([pattern]) => pattern.test(bare));
    if (!route) {
      return Promise.reject(new Error(`unexpected GET ${path}`));
    }
    const answer = typeof route[1] === 'function' ? (route[1] as (p: string) => unknown)(path) : route[1];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  const api = fakeApi({ getJson: getJson as ApiClient['getJson'] });
  return { ...api, paths: () => getJson.mock.calls.map(([path]) => path) };
}

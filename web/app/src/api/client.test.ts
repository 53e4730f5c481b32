import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, type ApiClientOptions } from './client';

interface Recorded {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function setup(response: () => Response, overrides: Partial<ApiClientOptions> = {}) {
  const calls: Recorded[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    return response();
  });
  const onUnauthorized = vi.fn();
  const api = createApiClient({
    getAccessToken: async () => 'token-123',
    onUnauthorized,
    fetch: fetchMock,
    ...overrides,
  });
  return { api, calls, onUnauthorized };
}

const page = {
  items: [
    {
      id: 'f1',
      name: 'Run a marathon',
      description: null,
      level: 'ULTIMATE',
      deadline: null,
      createdAt: '2026-01-01T00:00:00Z',
      goalCount: 3,
      completedGoalCount: 1,
    },
  ],
  nextCursor: 'abc',
};

describe('listFractals', () => {
  it('sends the bearer token and asks for the first 50 fractals', async () => {
    const { api, calls } = setup(() => jsonResponse(200, page));

    const result = await api.listFractals();

    expect(result).toEqual(page);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('/api/v1/fractals?limit=50');
    expect(call?.method).toBe('GET');
    expect(call?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(call?.headers.get('Accept')).toContain('application/json');
    expect(call?.headers.has('X-Consistency-Token')).toBe(false);
    expect(call?.headers.has('Idempotency-Key')).toBe(false);
  });

  it('passes the cursor and the consistency token', async () => {
    const { api, calls } = setup(() => jsonResponse(200, { items: [], nextCursor: null }));

    await api.listFractals({ cursor: 'next page/2', consistencyToken: 'ct-42' });

    const url = new URL(calls[0]!.url, 'http://x');
    expect(url.searchParams.get('limit')).toBe('50');
    expect(url.searchParams.get('cursor')).toBe('next page/2');
    expect(calls[0]!.headers.get('X-Consistency-Token')).toBe('ct-42');
  });

  it('sends no Authorization header when there is no token', async () => {
    const { api, calls } = setup(() => jsonResponse(200, { items: [] }), { getAccessToken: () => null });

    const result = await api.listFractals();

    expect(calls[0]!.headers.has('Authorization')).toBe(false);
    expect(result).toEqual({ items: [], nextCursor: null });
  });
});

describe('createFractal', () => {
  it('posts JSON with an Idempotency-Key and returns the consistency token', async () => {
    const { api, calls } = setup(() => jsonResponse(201, { id: 'new-id' }, { 'X-Consistency-Token': 'ct-7' }));

    const result = await api.createFractal({ name: 'Learn Dutch', level: 'LONG_TERM' }, 'key-1');

    expect(result).toEqual({ id: 'new-id', consistencyToken: 'ct-7' });
    const [call] = calls;
    expect(call?.url).toBe('/api/v1/fractals');
    expect(call?.method).toBe('POST');
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(call?.headers.get('Idempotency-Key')).toBe('key-1');
    expect(call?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(call?.body).toEqual({ name: 'Learn Dutch', level: 'LONG_TERM' });
  });

  it('returns a null consistency token when the header is missing', async () => {
    const { api } = setup(() => jsonResponse(201, { id: 'new-id' }));
    await expect(api.createFractal({ name: 'x' }, 'k')).resolves.toEqual({ id: 'new-id', consistencyToken: null });
  });
});

describe('errors', () => {
  it('turns RFC 7807 bodies into an ApiError with field errors', async () => {
    const problem = {
      type: 'https://fractal-goals/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'The fractal is not valid.',
      errors: [{ field: 'name', message: 'must not be blank' }],
    };
    const { api, onUnauthorized } = setup(
      () => new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    );

    const error = await api.createFractal({ name: ' ' }, 'k').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('The fractal is not valid.');
    expect(apiError.problem.detail).toBe('The fractal is not valid.');
    expect(apiError.fieldErrors).toEqual([{ field: 'name', message: 'must not be blank' }]);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('calls onUnauthorized on 401', async () => {
    const { api, onUnauthorized } = setup(() => new Response('', { status: 401 }));

    const error = await api.listFractals().catch((e: unknown) => e);

    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect((error as ApiError).status).toBe(401);
  });

  it('falls back to a generic problem for non-JSON errors', async () => {
    const { api } = setup(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    const error = (await api.listFractals().catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
    expect(error.problem.detail).toContain('502');
    expect(error.fieldErrors).toEqual([]);
  });

  it('reports network failures as status 0', async () => {
    const { api } = setup(() => {
      throw new TypeError('Failed to fetch');
    });

    const error = (await api.listFractals().catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.problem.detail).toMatch(/could not be reached/);
  });
});

describe('account', () => {
  it('reads the caller from GET /api/v1/me', async () => {
    const me = { id: 'u1', termsAcceptedAt: '2026-01-05T10:00:00Z', termsVersion: '2026-01' };
    const { api, calls } = setup(() => jsonResponse(200, me));

    await expect(api.getMe()).resolves.toEqual(me);
    expect(calls[0]?.url).toBe('/api/v1/me');
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('posts the accepted terms version with an Idempotency-Key', async () => {
    const { api, calls } = setup(() => new Response(null, { status: 204 }));

    await expect(api.acceptTerms('2026-01', 'key-9')).resolves.toBeUndefined();
    const [call] = calls;
    expect(call?.url).toBe('/api/v1/me/terms');
    expect(call?.method).toBe('POST');
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(call?.headers.get('Idempotency-Key')).toBe('key-9');
    expect(call?.body).toEqual({ version: '2026-01' });
  });
});

describe('read your writes', () => {
  it('sends the token of the latest write on every later read, unless one is given', async () => {
    let next = () => jsonResponse(200, { items: [] });
    const { api, calls } = setup(() => next());

    await api.getJson('/api/v1/fractals/f/tree');
    expect(calls[0]!.headers.has('X-Consistency-Token')).toBe(false);

    next = () => jsonResponse(201, { id: 'g1' }, { 'X-Consistency-Token': 'ct-9' });
    const written = await api.send<{ id: string }>('POST', '/api/v1/fractals/f/goals', { name: 'x' });
    expect(written).toEqual({ body: { id: 'g1' }, consistencyToken: 'ct-9' });
    expect(calls[1]!.headers.get('Content-Type')).toBe('application/json');
    expect(api.lastConsistencyToken()).toBe('ct-9');

    next = () => jsonResponse(200, { items: [] });
    await api.getJson('/api/v1/fractals/f/tree');
    await api.listFractals();
    await api.getMe();
    await api.getJson('/api/v1/x', { consistencyToken: 'explicit' });
    expect(calls.slice(2).map((call) => call.headers.get('X-Consistency-Token'))).toEqual([
      'ct-9',
      'ct-9',
      'ct-9',
      'explicit',
    ]);
  });

  it('keeps the last token when a write answers without one, and reads 204 as no body', async () => {
    let next = () => jsonResponse(200, {}, { 'X-Consistency-Token': 'ct-1' });
    const { api } = setup(() => next());
    await api.send('PATCH', '/api/v1/fractals/f', { name: 'y' });
    next = () => new Response(null, { status: 204 });
    await expect(api.send('DELETE', '/api/v1/fractals/f/notes/n')).resolves.toEqual({
      body: undefined,
      consistencyToken: null,
    });
    expect(api.lastConsistencyToken()).toBe('ct-1');
  });
});

/** Just enough of an XMLHttpRequest to see what an upload sends, and to answer it. */
class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  aborted = false;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  getAllResponseHeaders() {
    return this.responseHeaders;
  }

  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }

  answer(status: number, body: string, headers: Record<string, string>) {
    this.status = status;
    this.responseText = body;
    this.responseHeaders = Object.entries(headers)
      .map(([name, value]) => `${name.toLowerCase()}: ${value}\r\n`)
      .join('');
    this.onload?.();
  }
}

function uploadSetup() {
  const xhrs: FakeXhr[] = [];
  const onUnauthorized = vi.fn();
  const api = createApiClient({
    getAccessToken: async () => 'token-123',
    onUnauthorized,
    fetch: vi.fn(() => Promise.reject(new Error('uploads must not use fetch'))),
    xhr: () => {
      const xhr = new FakeXhr();
      xhrs.push(xhr);
      return xhr as unknown as XMLHttpRequest;
    },
  });
  // The token is awaited before the request opens.
  const opened = async () => {
    await vi.waitFor(() => expect(xhrs).toHaveLength(1));
    return xhrs[0]!;
  };
  return { api, opened, onUnauthorized };
}

function multipart() {
  const form = new FormData();
  form.append('file', new File(['sqlite'], 'v1.db'));
  return form;
}

describe('upload', () => {
  it('posts the form with the bearer token, reports progress and reads the answer', async () => {
    const { api, opened } = uploadSetup();
    const progress: [number, number][] = [];
    const form = multipart();

    const result = api.upload('/api/v1/imports', form, { onProgress: (sent, total) => progress.push([sent, total]) });
    const xhr = await opened();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/imports');
    expect(xhr.headers['Authorization']).toBe('Bearer token-123');
    // The browser sets the multipart Content-Type with its boundary itself.
    expect(xhr.headers['Content-Type']).toBeUndefined();
    expect(xhr.body).toBe(form);

    xhr.progress(3, 6);
    xhr.progress(6, 6);
    xhr.answer(202, JSON.stringify({ id: 'imp-1', status: 'RUNNING' }), {
      'Content-Type': 'application/json',
      Location: '/api/v1/imports/imp-1',
      'X-Consistency-Token': 'ct-5',
    });

    await expect(result).resolves.toEqual({
      body: { id: 'imp-1', status: 'RUNNING' },
      consistencyToken: 'ct-5',
      location: '/api/v1/imports/imp-1',
    });
    expect(progress).toEqual([
      [3, 6],
      [6, 6],
    ]);
    expect(api.lastConsistencyToken()).toBe('ct-5');
  });

  it('turns a problem answer into an ApiError', async () => {
    const { api, opened } = uploadSetup();
    const result = api.upload('/api/v1/imports', multipart()).catch((e: unknown) => e);
    (await opened()).answer(
      409,
      JSON.stringify({ title: 'Conflict', status: 409, detail: 'An import is already running.' }),
      { 'Content-Type': 'application/problem+json' },
    );
    const error = (await result) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.problem.detail).toBe('An import is already running.');
  });

  it('reads a non-JSON 413 from a proxy as a problem too, and calls onUnauthorized on 401', async () => {
    const first = uploadSetup();
    const tooLarge = first.api.upload('/api/v1/imports', multipart()).catch((e: unknown) => e);
    const xhr = await first.opened();
    xhr.statusText = 'Payload Too Large';
    xhr.answer(413, '<html>too large</html>', { 'Content-Type': 'text/html' });
    expect(((await tooLarge) as ApiError).problem.title).toBe('Payload Too Large');

    const second = uploadSetup();
    const unauthorized = second.api.upload('/api/v1/imports', multipart()).catch((e: unknown) => e);
    (await second.opened()).answer(401, '', {});
    expect(((await unauthorized) as ApiError).status).toBe(401);
    expect(second.onUnauthorized).toHaveBeenCalledOnce();
  });

  it('reports a network failure as status 0 and an abort as an AbortError', async () => {
    const failing = uploadSetup();
    const failed = failing.api.upload('/api/v1/imports', multipart()).catch((e: unknown) => e);
    (await failing.opened()).onerror?.();
    expect(((await failed) as ApiError).status).toBe(0);

    const cancelled = uploadSetup();
    const controller = new AbortController();
    const aborted = cancelled.api.upload('/api/v1/imports', multipart(), { signal: controller.signal }).catch((e: unknown) => e);
    const xhr = await cancelled.opened();
    controller.abort();
    expect(xhr.aborted).toBe(true);
    expect(((await aborted) as DOMException).name).toBe('AbortError');
  });
});

import type {
  CreateFractalRequest,
  CreateFractalResult,
  FieldError,
  FractalPage,
  Me,
  Problem,
} from './types';

export const CONSISTENCY_TOKEN_HEADER = 'X-Consistency-Token';
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const FRACTALS_PATH = '/api/v1/fractals';
export const ME_PATH = '/api/v1/me';
export const TERMS_PATH = '/api/v1/me/terms';
export const DEFAULT_PAGE_SIZE = 50;

/** An HTTP or network failure, carrying the RFC 7807 body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export interface ApiClientOptions {
  /** Prefix for every path; empty means same origin. */
  baseUrl?: string;
  /** Returns the current access token, or null when signed out. */
  getAccessToken: () => Promise<string | null> | string | null;
  /** Called once per 401 answer (e.g. to start signing in again). */
  onUnauthorized?: () => void;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Injected for tests; defaults to a new XMLHttpRequest (used by uploads only). */
  xhr?: () => XMLHttpRequest;
}

export interface ListFractalsOptions {
  limit?: number;
  cursor?: string | null;
  /** Token from a previous write; the server waits until that write is visible. */
  consistencyToken?: string | null;
  signal?: AbortSignal;
}

/** Options of the generic reads. */
export interface GetOptions {
  signal?: AbortSignal;
  /** Sent as X-Consistency-Token; defaults to the token of this client's latest write. */
  consistencyToken?: string | null;
}

/** The answer of a generic write: the parsed body (undefined for 204) and the consistency token. */
export interface WriteResult<T> {
  body: T;
  consistencyToken: string | null;
}

/** Options of an upload. */
export interface UploadOptions {
  /** Called as the request body goes out: bytes sent so far and in all. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

/** The answer of an upload: as a write's, plus the Location header (null when there is none). */
export interface UploadResult<T> extends WriteResult<T> {
  location: string | null;
}

export interface ApiClient {
  /** GET a JSON document (used by the pages through useApiQuery). */
  getJson<T>(path: string, options?: GetOptions): Promise<T>;
  /** POST/PUT/PATCH/DELETE with an optional JSON body; remembers the consistency token for the next reads. */
  send<T = unknown>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<WriteResult<T>>;
  /**
   * POSTs a multipart form (a file upload), reporting how much of it has been sent; errors are ApiErrors,
   * an abort through `signal` rejects with an AbortError.
   */
  upload<T = unknown>(path: string, form: FormData, options?: UploadOptions): Promise<UploadResult<T>>;
  /** GET that hands back the raw response (for streamed downloads); errors are still ApiErrors. */
  getRaw(path: string, options?: GetOptions): Promise<Response>;
  /** The consistency token of the latest write through this client, or null. */
  lastConsistencyToken(): string | null;
  listFractals(options?: ListFractalsOptions): Promise<FractalPage>;
  createFractal(request: CreateFractalRequest, idempotencyKey: string): Promise<CreateFractalResult>;
  /** The caller's account, with the terms version they accepted last. */
  getMe(signal?: AbortSignal): Promise<Me>;
  /** Records that the caller accepted `version` of the terms (204; repeating it records nothing new). */
  acceptTerms(version: string, idempotencyKey: string): Promise<void>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const createXhr = options.xhr ?? (() => new XMLHttpRequest());
  // Read-your-writes: every read after a write waits for that write's events (api.md), so a page that
  // changes something and then reloads never shows the old state, whichever page issued the write.
  let latestToken: string | null = null;

  function remember(response: Response): string | null {
    const token = response.headers.get(CONSISTENCY_TOKEN_HEADER);
    if (token) {
      latestToken = token;
    }
    return token;
  }

  function readHeaders(consistencyToken: string | null | undefined): Record<string, string> {
    const token = consistencyToken ?? latestToken;
    return token ? { [CONSISTENCY_TOKEN_HEADER]: token } : {};
  }

  function readInit(signal: AbortSignal | undefined): RequestInit {
    return signal ? { method: 'GET', signal } : { method: 'GET' };
  }

  async function request(path: string, init: RequestInit, extraHeaders: Record<string, string>) {
    const headers = new Headers(extraHeaders);
    headers.set('Accept', 'application/json, application/problem+json');
    const token = await options.getAccessToken();
    if (token) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    let response: Response;
    try {
      response = await doFetch(baseUrl + path, { ...init, headers });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') {
        throw cause;
      }
      throw networkError();
    }
    return checked(response);
  }

  async function checked(response: Response): Promise<Response> {
    if (!response.ok) {
      if (response.status === 401) {
        options.onUnauthorized?.();
      }
      throw new ApiError(response.status, await readProblem(response));
    }
    return response;
  }

  // XMLHttpRequest rather than fetch: only it reports upload progress, and a large file takes a while.
  async function sendMultipart(path: string, form: FormData, { onProgress, signal }: UploadOptions): Promise<Response> {
    const token = await options.getAccessToken();
    signal?.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const xhr = createXhr();
      const abort = () => xhr.abort();
      const settle = () => signal?.removeEventListener('abort', abort);
      xhr.open('POST', baseUrl + path);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      if (token) {
        xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      }
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) {
          onProgress?.(event.loaded, event.total);
        }
      };
      xhr.onload = () => {
        settle();
        try {
          resolve(toResponse(xhr));
        } catch {
          reject(networkError());
        }
      };
      xhr.onerror = () => {
        settle();
        reject(networkError());
      };
      xhr.onabort = () => {
        settle();
        reject(new DOMException('The upload was cancelled.', 'AbortError'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      xhr.send(form);
    });
  }

  return {
    async getJson<T>(path: string, { signal, consistencyToken }: GetOptions = {}) {
      const response = await request(path, readInit(signal), readHeaders(consistencyToken));
      return (await response.json()) as T;
    },

    getRaw(path, { signal, consistencyToken } = {}) {
      return request(path, readInit(signal), readHeaders(consistencyToken));
    },

    async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const init: RequestInit = { method };
      const extra = { ...headers };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        extra['Content-Type'] = 'application/json';
      }
      const response = await request(path, init, extra);
      const consistencyToken = remember(response);
      const text = response.status === 204 ? '' : await response.text();
      // The caller names the body's type (send<T>); the server's contract vouches for it.
      return { body: (text ? JSON.parse(text) : undefined) as never, consistencyToken };
    },

    async upload(path: string, form: FormData, uploadOptions: UploadOptions = {}) {
      const response = await checked(await sendMultipart(path, form, uploadOptions));
      const consistencyToken = remember(response);
      const text = await response.text();
      return {
        body: (text ? JSON.parse(text) : undefined) as never,
        consistencyToken,
        location: response.headers.get('Location'),
      };
    },

    lastConsistencyToken: () => latestToken,

    async listFractals({ limit = DEFAULT_PAGE_SIZE, cursor, consistencyToken, signal } = {}) {
      const params = new URLSearchParams({ limit: String(limit) });
      if (cursor) {
        params.set('cursor', cursor);
      }
      const response = await request(
        `${FRACTALS_PATH}?${params.toString()}`,
        readInit(signal),
        readHeaders(consistencyToken),
      );
      const body = (await response.json()) as Partial<FractalPage>;
      return { items: body.items ?? [], nextCursor: body.nextCursor ?? null };
    },

    async createFractal(body, idempotencyKey) {
      const response = await request(
        FRACTALS_PATH,
        { method: 'POST', body: JSON.stringify(body) },
        { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
      );
      const created = (await response.json()) as { id: string };
      return { id: created.id, consistencyToken: remember(response) };
    },

    async getMe(signal) {
      const response = await request(ME_PATH, readInit(signal), readHeaders(null));
      const body = (await response.json()) as Partial<Me>;
      return {
        id: body.id ?? '',
        termsAcceptedAt: body.termsAcceptedAt ?? null,
        termsVersion: body.termsVersion ?? null,
      };
    },

    async acceptTerms(version, idempotencyKey) {
      const response = await request(
        TERMS_PATH,
        { method: 'POST', body: JSON.stringify({ version }) },
        { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
      );
      remember(response);
    },
  };
}

function networkError(): ApiError {
  return new ApiError(0, {
    title: 'Network error',
    detail: 'The server could not be reached. Check your connection and try again.',
  });
}

/** A finished XMLHttpRequest as a Response, so uploads read bodies and problems as every other call. */
function toResponse(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
  }
  const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
  // Throws a RangeError for a status a Response cannot have (0 and the like): the caller calls that a network error.
  return new Response(empty ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers });
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    status: response.status,
    title: response.statusText || 'Request failed',
    detail: `The server answered with status ${response.status}.`,
  };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) {
    return fallback;
  }
  try {
    const body = (await response.json()) as Problem | null;
    if (body === null || typeof body !== 'object') {
      return fallback;
    }
    return {
      ...body,
      status: body.status ?? response.status,
      detail: body.detail ?? body.title ?? fallback.detail,
      errors: Array.isArray(body.errors) ? body.errors : [],
    };
  } catch {
    return fallback;
  }
}

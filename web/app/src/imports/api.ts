import type { ApiClient } from '../api/client';

export const IMPORTS_PATH = '/api/v1/imports';

export type ImportState = 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface RefusedRow {
  entity: string;
  sourceId: string;
  reason: string;
}

export interface ImportWarning {
  entity: string;
  sourceId: string;
  message: string;
}

export interface ImportSummary {
  /** Rows brought over, by entity (`goals`, `activityInstances`, …). */
  counts: Record<string, number>;
  refused: RefusedRow[];
  warnings: ImportWarning[];
}

/** `GET /api/v1/imports/{id}`: COMPLETED only once the read models hold the imported data. */
export interface ImportStatus {
  id: string;
  status: ImportState;
  processed: number;
  total: number;
  summary: ImportSummary;
  failure?: string | null;
}

export type ImportApi = Pick<ApiClient, 'getJson' | 'upload'>;

const importPath = (id: string) => `${IMPORTS_PATH}/${encodeURIComponent(id)}`;

/** What the server answered to the upload: the import's id, and its status when the answer carried one. */
export interface StartedImport {
  id: string;
  status: ImportStatus | null;
}

/** Uploads a v1.2 SQLite file in the multipart part `file`; the server answers 202 and imports in the background. */
export async function startImport(
  api: ImportApi,
  file: File,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<StartedImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  const { body, location } = await api.upload<Partial<ImportStatus> | undefined>(IMPORTS_PATH, form, {
    onProgress,
    ...(signal ? { signal } : {}),
  });
  const id = body?.id ?? lastSegment(location);
  if (!id) {
    throw new Error('The server accepted the file but did not say which import it started.');
  }
  return { id, status: body?.status ? normalize({ ...body, id }) : null };
}

export async function getImport(api: ImportApi, id: string, signal?: AbortSignal): Promise<ImportStatus> {
  return normalize(await api.getJson<Partial<ImportStatus>>(importPath(id), signal ? { signal } : {}));
}

/** The status with every list and number present, so the page never trips over a field the server left out. */
function normalize(body: Partial<ImportStatus>): ImportStatus {
  const summary: Partial<ImportSummary> = body.summary ?? {};
  return {
    id: body.id ?? '',
    status: body.status ?? 'RUNNING',
    processed: body.processed ?? 0,
    total: body.total ?? 0,
    summary: {
      counts: summary.counts ?? {},
      refused: Array.isArray(summary.refused) ? summary.refused : [],
      warnings: Array.isArray(summary.warnings) ? summary.warnings : [],
    },
    failure: body.failure ?? null,
  };
}

function lastSegment(location: string | null): string | null {
  const segment = location?.split('?')[0]?.split('/').filter(Boolean).at(-1);
  return segment ? decodeURIComponent(segment) : null;
}

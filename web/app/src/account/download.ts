import type { ApiClient } from '../api/client';

export const EXPORT_PATH = '/api/v1/me/export';

export interface Download {
  blob: Blob;
  filename: string;
}

/** `attachment; filename="x.json"` → `x.json`; falls back when the header is missing or odd. */
export function filenameFrom(contentDisposition: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  const name = match?.[1] ? decodeURIComponent(match[1]).trim() : '';
  // Only a plain file name: the browser's download must not be steered into a path.
  return name && !/[\\/]/.test(name) ? name : fallback;
}

/**
 * Fetches the caller's data export with the bearer token (so it cannot be a plain link) and reads the
 * streamed body chunk by chunk, reporting the bytes received so far, since a large export takes a while.
 */
export async function fetchExport(
  api: Pick<ApiClient, 'getRaw'>,
  onProgress: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<Download> {
  const response = await api.getRaw(EXPORT_PATH, signal ? { signal } : {});
  const filename = filenameFrom(response.headers.get('Content-Disposition'), 'fractal-goals-export.json');
  const type = response.headers.get('Content-Type') ?? 'application/json';
  if (!response.body) {
    const blob = await response.blob();
    onProgress(blob.size);
    return { blob, filename };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    chunks.push(value);
    received += value.byteLength;
    onProgress(received);
  }
  return { blob: new Blob(chunks, { type }), filename };
}

/** Hands a blob to the browser's download machinery through a temporary object URL. */
export function saveBlob({ blob, filename }: Download): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers start reading the URL only after click() returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} kB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

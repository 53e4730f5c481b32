import { FRACTALS_PATH, type ApiClient } from '../api/client';
import type { FractalSummary } from '../api/types';

/**
 * Deletes a fractal and everything in it. The list answer carries no version today; should it ever, the delete
 * is sent with If-Match so that a fractal changed elsewhere in the meantime is not deleted unseen (412).
 * Returns the consistency token, so the reload that follows no longer lists the fractal.
 */
export async function deleteFractal(api: Pick<ApiClient, 'send'>, fractal: FractalSummary): Promise<string | null> {
  const version = (fractal as FractalSummary & { version?: unknown }).version;
  const headers: Record<string, string> =
    typeof version === 'number' || (typeof version === 'string' && version !== '') ? { 'If-Match': `"${version}"` } : {};
  const { consistencyToken } = await api.send('DELETE', `${FRACTALS_PATH}/${encodeURIComponent(fractal.id)}`, undefined, headers);
  return consistencyToken;
}

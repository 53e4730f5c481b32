import type { ApiClient } from '../api/client';

export const PROJECTIONS_PATH = '/api/v1/admin/projections';

export interface ProjectionStatus {
  name: string;
  position: number;
  lag: number;
  status: string;
}

export type ReplayStatus = 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export interface ReplayProgress {
  name: string;
  status: ReplayStatus;
  processed: number;
  total: number;
  eventsPerSecond: number;
  /** Null while no rate is known yet. */
  etaSeconds: number | null;
  failure?: string | null;
}

export type AdminApi = Pick<ApiClient, 'getJson' | 'send'>;

const replayPath = (name: string) => `${PROJECTIONS_PATH}/${encodeURIComponent(name)}/replay`;

export async function listProjections(api: AdminApi, signal?: AbortSignal): Promise<ProjectionStatus[]> {
  const body = await api.getJson<{ items?: ProjectionStatus[] }>(PROJECTIONS_PATH, signal ? { signal } : {});
  return body.items ?? [];
}

export async function startReplay(api: AdminApi, name: string): Promise<ReplayProgress> {
  return (await api.send<ReplayProgress>('POST', replayPath(name))).body;
}

export function getReplay(api: AdminApi, name: string, signal?: AbortSignal): Promise<ReplayProgress> {
  return api.getJson<ReplayProgress>(replayPath(name), signal ? { signal } : {});
}

export async function cancelReplay(api: AdminApi, name: string): Promise<ReplayProgress> {
  return (await api.send<ReplayProgress>('DELETE', replayPath(name))).body;
}

/** 90 → "1 min 30 s"; null → "unknown". */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) {
    return 'unknown';
  }
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  if (hours > 0) {
    return `${hours} h ${minutes} min`;
  }
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}

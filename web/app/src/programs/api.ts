import type { ApiClient } from '../api/client';
import type { IdempotencyKeys } from '../fractals/idempotency';
import { pagePath, type Page } from '../activities/common/pages';
import { ifMatch, postOnce, type WriteApi } from '../activities/common/write';
import type { BlockRequest, DayEdit, DayRequest, GoalNode, Program, ProgramRequest } from './types';

type ReadApi = Pick<ApiClient, 'getJson'>;

const fractalPath = (fractalId: string) => `/api/v1/fractals/${encodeURIComponent(fractalId)}`;
export const programsPath = (fractalId: string) => `${fractalPath(fractalId)}/programs`;
export const programPath = (fractalId: string, programId: string) =>
  `${programsPath(fractalId)}/${encodeURIComponent(programId)}`;
const blockPath = (fractalId: string, programId: string, blockId: string) =>
  `${programPath(fractalId, programId)}/blocks/${encodeURIComponent(blockId)}`;
const dayPath = (fractalId: string, programId: string, blockId: string, dayId: string) =>
  `${blockPath(fractalId, programId, blockId)}/days/${encodeURIComponent(dayId)}`;

const signalOnly = (signal?: AbortSignal) => (signal ? { signal } : {});

export function listProgramsPage(api: ReadApi, fractalId: string, cursor: string | null, signal?: AbortSignal) {
  return api.getJson<Partial<Page<Program>>>(pagePath(programsPath(fractalId), cursor), signalOnly(signal));
}

export function getProgram(api: ReadApi, fractalId: string, programId: string, signal?: AbortSignal) {
  return api.getJson<Program>(programPath(fractalId, programId), signalOnly(signal));
}

export function getGoalTree(api: ReadApi, fractalId: string, signal?: AbortSignal) {
  return api.getJson<GoalNode>(`${fractalPath(fractalId)}/tree`, signalOnly(signal));
}

export function createProgram(api: WriteApi, keys: IdempotencyKeys, fractalId: string, program: ProgramRequest) {
  const { description, ...rest } = program;
  return postOnce<{ id: string }>(api, keys, programsPath(fractalId), description === null ? rest : program);
}

export function editProgram(api: WriteApi, fractalId: string, program: Program, change: ProgramRequest) {
  return api.send('PATCH', programPath(fractalId, program.id), change, ifMatch(program.version));
}

export async function deleteProgram(api: WriteApi, fractalId: string, program: Program) {
  const { body } = await api.send<{ affectedSessions?: number } | undefined>(
    'DELETE',
    programPath(fractalId, program.id),
    undefined,
    ifMatch(program.version),
  );
  return body?.affectedSessions ?? 0;
}

export function addBlock(api: WriteApi, keys: IdempotencyKeys, fractalId: string, programId: string, block: BlockRequest) {
  return postOnce<{ id: string }>(api, keys, `${programPath(fractalId, programId)}/blocks`, block);
}

export function editBlock(api: WriteApi, fractalId: string, programId: string, blockId: string, block: BlockRequest) {
  return api.send('PATCH', blockPath(fractalId, programId, blockId), block);
}

export function deleteBlock(api: WriteApi, fractalId: string, programId: string, blockId: string) {
  return api.send('DELETE', blockPath(fractalId, programId, blockId));
}

export function attachGoal(
  api: WriteApi,
  keys: IdempotencyKeys,
  fractalId: string,
  programId: string,
  blockId: string,
  goalId: string,
  deadline: string | null,
) {
  const path = `${blockPath(fractalId, programId, blockId)}/goals/${encodeURIComponent(goalId)}`;
  return postOnce(api, keys, path, deadline ? { deadline } : {});
}

export function detachGoal(api: WriteApi, fractalId: string, programId: string, blockId: string, goalId: string) {
  return api.send('DELETE', `${blockPath(fractalId, programId, blockId)}/goals/${encodeURIComponent(goalId)}`);
}

export function addProgramDays(
  api: WriteApi,
  keys: IdempotencyKeys,
  fractalId: string,
  programId: string,
  blockId: string,
  day: DayRequest,
) {
  return postOnce<{ id: string; dayIds: string[] }>(api, keys, `${blockPath(fractalId, programId, blockId)}/days`, day);
}

export function editDay(api: WriteApi, fractalId: string, programId: string, blockId: string, dayId: string, day: DayEdit) {
  return api.send('PATCH', dayPath(fractalId, programId, blockId, dayId), day);
}

export function deleteDay(api: WriteApi, fractalId: string, programId: string, blockId: string, dayId: string) {
  return api.send('DELETE', dayPath(fractalId, programId, blockId, dayId));
}

/** Copies the day's name and templates to the day with the same number in every other block. */
export function copyDay(
  api: WriteApi,
  keys: IdempotencyKeys,
  fractalId: string,
  programId: string,
  blockId: string,
  dayId: string,
) {
  return postOnce<{ id: string; dayIds: string[] }>(api, keys, `${dayPath(fractalId, programId, blockId, dayId)}/copy`);
}

/** Creates the day's session on `date` (noon of that date in `tz`); answers the new session's id. */
export function scheduleDay(
  api: WriteApi,
  keys: IdempotencyKeys,
  fractalId: string,
  programId: string,
  blockId: string,
  dayId: string,
  date: string,
  tz: string,
) {
  return postOnce<{ id: string }>(api, keys, `${dayPath(fractalId, programId, blockId, dayId)}/schedule`, { date, tz });
}

export function unscheduleDay(
  api: WriteApi,
  fractalId: string,
  programId: string,
  blockId: string,
  dayId: string,
  sessionId: string,
) {
  return api.send('DELETE', `${dayPath(fractalId, programId, blockId, dayId)}/schedule/${encodeURIComponent(sessionId)}`);
}

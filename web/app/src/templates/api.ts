import type { ApiClient } from '../api/client';
import type { IdempotencyKeys } from '../fractals/idempotency';
import { fetchAllPages, pagePath, type Page } from '../activities/common/pages';
import { ifMatch, postOnce, type WriteApi } from '../activities/common/write';
import type { Template, TemplateRequest } from './types';

type ReadApi = Pick<ApiClient, 'getJson'>;

export const templatesPath = (fractalId: string) => `/api/v1/fractals/${encodeURIComponent(fractalId)}/templates`;
const templatePath = (fractalId: string, templateId: string) =>
  `${templatesPath(fractalId)}/${encodeURIComponent(templateId)}`;

/** One page of templates, newest first. */
export function listTemplatesPage(
  api: ReadApi,
  fractalId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Partial<Page<Template>>> {
  return api.getJson<Partial<Page<Template>>>(pagePath(templatesPath(fractalId), cursor), signal ? { signal } : {});
}

/** Every template (for pickers, e.g. a program day's templates). */
export function listAllTemplates(api: ReadApi, fractalId: string, signal?: AbortSignal): Promise<Template[]> {
  return fetchAllPages((cursor) => listTemplatesPage(api, fractalId, cursor, signal));
}

export function createTemplate(api: WriteApi, keys: IdempotencyKeys, fractalId: string, template: TemplateRequest) {
  return postOnce<{ id: string }>(api, keys, templatesPath(fractalId), withoutNullDescription(template));
}

export function editTemplate(api: WriteApi, fractalId: string, template: Template, change: TemplateRequest) {
  return api.send('PATCH', templatePath(fractalId, template.id), change, ifMatch(template.version));
}

export function duplicateTemplate(api: WriteApi, keys: IdempotencyKeys, fractalId: string, templateId: string) {
  return postOnce<{ id: string }>(api, keys, `${templatePath(fractalId, templateId)}/duplicate`);
}

export function deleteTemplate(api: WriteApi, fractalId: string, template: Template) {
  return api.send('DELETE', templatePath(fractalId, template.id), undefined, ifMatch(template.version));
}

function withoutNullDescription({ description, ...rest }: TemplateRequest) {
  return description === null ? rest : { ...rest, description };
}

import { ApiError } from '../api/client';
import type { Problem } from '../api/types';

/** Any thrown value as RFC 7807 problem details, so every page shows failures the same way. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) {
    return error.problem;
  }
  if (error instanceof Error) {
    return { title: 'Something went wrong', detail: error.message };
  }
  return { title: 'Something went wrong' };
}

/**
 * Field errors by the name of the form field they belong to, so a form can show each one next to its
 * input. The server names fields by their JSON path (`name`, `thresholds[0].value`, `body.name`); `aliases`
 * maps such paths to the form's own names. Errors that name no known field end up under `''` (show them
 * with the form's general message). Several messages for one field are joined.
 */
export function fieldErrorsByName(
  error: unknown,
  knownFields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const errors = error instanceof ApiError ? error.fieldErrors : [];
  const result: Record<string, string> = {};
  for (const { field, message } of errors) {
    const name = resolveField(field, knownFields, aliases);
    result[name] = result[name] ? `${result[name]} ${message}` : message;
  }
  return result;
}

function resolveField(field: string, knownFields: readonly string[], aliases: Readonly<Record<string, string>>): string {
  const alias = aliases[field];
  if (alias !== undefined) {
    return alias;
  }
  if (knownFields.includes(field)) {
    return field;
  }
  // `request.name` or `body.name` from a bean validation path: try the last segment.
  const last = field.split('.').at(-1) ?? '';
  return knownFields.includes(last) ? last : '';
}

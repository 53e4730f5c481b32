import { ApiError } from '../../api/client';
import { fieldErrorsByName } from '../../ui/problem';

/**
 * Server field errors by form field, like `fieldErrorsByName`, but an error on an item of a list the form
 * shows as one field (`goalIds[2]`, `sections[0].activityIds[3]`) lands on that list's field (`goalIds`,
 * `sections[0].activityIds`): the nearest known field found by dropping trailing `[n]` or `.name` parts.
 */
export function formFieldErrors(error: unknown, knownFields: readonly string[]): Record<string, string> {
  const aliases: Record<string, string> = {};
  const fields = error instanceof ApiError ? error.fieldErrors.map((fieldError) => fieldError.field) : [];
  for (const field of fields) {
    const known = nearestKnown(field, knownFields);
    if (known !== null) {
      aliases[field] = known;
    }
  }
  return fieldErrorsByName(error, knownFields, aliases);
}

function nearestKnown(field: string, knownFields: readonly string[]): string | null {
  let candidate = field;
  while (candidate !== '') {
    if (knownFields.includes(candidate)) {
      return candidate;
    }
    const shorter = candidate.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    if (shorter === candidate) {
      return null;
    }
    candidate = shorter;
  }
  return null;
}

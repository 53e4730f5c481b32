import { DEFAULT_LEVEL, isLevel, type CreateFractalRequest } from '../api/types';

export const NAME_MAX_LENGTH = 200;

export interface CreateFractalFormValues {
  name: string;
  description: string;
  level: string;
}

export type CreateFractalField = keyof CreateFractalFormValues;

export type FieldErrors = Partial<Record<CreateFractalField, string>>;

export type ValidationResult =
  | { ok: true; request: CreateFractalRequest }
  | { ok: false; errors: FieldErrors };

export const EMPTY_FORM: CreateFractalFormValues = { name: '', description: '', level: DEFAULT_LEVEL };

/** Checks the form and, when valid, builds the request body to POST. */
export function validateCreateFractal(values: CreateFractalFormValues): ValidationResult {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (name === '') {
    errors.name = 'Name is required.';
  } else if (name.length > NAME_MAX_LENGTH) {
    errors.name = `Name must be at most ${NAME_MAX_LENGTH} characters (it has ${name.length}).`;
  }
  const level = values.level === '' ? DEFAULT_LEVEL : values.level;
  if (!isLevel(level)) {
    errors.level = 'Choose one of the listed levels.';
  }
  if (Object.keys(errors).length > 0 || !isLevel(level)) {
    return { ok: false, errors };
  }
  const request: CreateFractalRequest = { name, level };
  const description = values.description.trim();
  if (description !== '') {
    request.description = description;
  }
  return { ok: true, request };
}

const FIELDS: readonly CreateFractalField[] = ['name', 'description', 'level'];

/**
 * Maps server-side field errors (RFC 7807 `errors`) onto the form's fields.
 * Errors for fields the form does not show are returned separately.
 */
export function mapServerFieldErrors(errors: readonly { field: string; message: string }[]): {
  fields: FieldErrors;
  other: string[];
} {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const { field, message } of errors) {
    const key = FIELDS.find((candidate) => candidate === field);
    if (key) {
      fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
    } else {
      other.push(field ? `${field}: ${message}` : message);
    }
  }
  return { fields, other };
}

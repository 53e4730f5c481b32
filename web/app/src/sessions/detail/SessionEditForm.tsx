import { useId, useState, type SubmitEvent } from 'react';
import { fieldErrorsByName } from '../../ui/problem';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { editSession } from '../api';
import { SESSION_NAME_MAX } from '../createSessionBody';
import { fromLocalInput, toLocalInput } from '../duration';
import { FieldMessage } from '../../ui/FormField';
import type { SessionPatch } from '../types';
import { staleAware, useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

/** The PATCH for what changed: a blank name clears it; the start only when a valid one was typed. */
export function sessionPatch(
  original: { name: string | null; startedAt: string | null },
  name: string,
  start: string,
): { ok: true; patch: SessionPatch } | { ok: false; errors: Record<string, string> } {
  const patch: SessionPatch = {};
  const trimmed = name.trim();
  if (trimmed.length > SESSION_NAME_MAX) {
    return { ok: false, errors: { name: `At most ${SESSION_NAME_MAX} characters.` } };
  }
  if ((trimmed === '' ? null : trimmed) !== original.name) {
    patch.name = trimmed === '' ? null : trimmed;
  }
  if (start !== toLocalInput(original.startedAt)) {
    const startedAt = fromLocalInput(start);
    if (startedAt === undefined) {
      return { ok: false, errors: { startedAt: 'Enter a date and time.' } };
    }
    patch.startedAt = startedAt;
  }
  return { ok: true, patch };
}

/** Renaming the session and moving its start (a completed session's end moves along, keeping its duration). */
export function SessionEditForm({ onDone }: { onDone: () => void }) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const id = useId();
  const [name, setName] = useState(session.name ?? '');
  const [start, setStart] = useState(toLocalInput(session.startedAt));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const write = useWrite(reload);
  const serverErrors = fieldErrorsByName(write.error, ['name', 'startedAt']);
  const errors = { ...serverErrors, ...localErrors };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = sessionPatch(session, name, start);
    if (!result.ok) {
      setLocalErrors(result.errors);
      return;
    }
    setLocalErrors({});
    if (Object.keys(result.patch).length === 0) {
      onDone();
      return;
    }
    void write.run(
      () => editSession(api, fractalId, session.id, result.patch, session.version),
      () => {
        reload();
        onDone();
      },
    );
  };

  return (
    <form className="ses-edit card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Edit session</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>
          Name <span className="optional">(optional)</span>
        </label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={SESSION_NAME_MAX}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
        />
        <FieldMessage id={`${id}-name-error`} message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-start`}>Start</label>
        <input
          id={`${id}-start`}
          type="datetime-local"
          step={1}
          value={start}
          onChange={(event) => setStart(event.target.value)}
          aria-invalid={errors.startedAt ? true : undefined}
          aria-describedby={errors.startedAt ? `${id}-start-error` : undefined}
        />
        <FieldMessage id={`${id}-start-error`} message={errors.startedAt} />
      </div>
      {write.error !== undefined && <ProblemMessage error={staleAware(write.error)} hideFieldErrors />}
      <FieldMessage id={`${id}-other-error`} message={serverErrors['']} />
      <div className="ses-button-row">
        <button type="submit" className="primary" disabled={write.busy}>
          Save
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

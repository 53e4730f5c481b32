import { useId, useState, type SubmitEvent } from 'react';
import { fieldErrorsByName } from '../../ui/problem';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { changeInstanceNotes } from '../api';
import { FieldMessage } from '../../ui/FormField';
import type { ActivityInstance } from '../types';
import { useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

/** The notes of one instance; saving an empty text clears them. */
export function InstanceNotes({ instance }: { instance: ActivityInstance }) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const id = useId();
  const [text, setText] = useState(instance.notes ?? '');
  const write = useWrite(reload);
  const changed = text !== (instance.notes ?? '');
  const error = fieldErrorsByName(write.error, ['notes']).notes;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const notes = text.trim() === '' ? null : text;
    void write.run(() => changeInstanceNotes(api, fractalId, session.id, instance.id, notes), reload);
  };

  return (
    <form className="ses-instance-notes" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-notes-error` : undefined}
        />
        <FieldMessage id={`${id}-notes-error`} message={error} />
      </div>
      {write.error !== undefined && !error && <ProblemMessage error={write.error} />}
      {changed && (
        <button type="submit" className="secondary" disabled={write.busy}>
          Save notes
        </button>
      )}
    </form>
  );
}

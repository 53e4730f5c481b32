import { useId, useState, type SubmitEvent } from 'react';
import { useApiQuery } from '../../data/useApiQuery';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { fieldErrorsByName } from '../../ui/problem';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { addSessionNote, listNotes } from '../api';
import { formatDateTime } from '../duration';
import { FieldMessage } from '../../ui/FormField';
import { useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

/** Free-text notes about the session as a whole, newest first. */
export function SessionNotes() {
  const { api, fractalId, session } = useSessionDetail();
  const id = useId();
  const notes = useApiQuery(`session-notes:${fractalId}:${session.id}`, (signal) => listNotes(api, fractalId, session.id, signal));
  const [text, setText] = useState('');
  const write = useWrite();
  const error = fieldErrorsByName(write.error, ['text']).text;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') {
      return;
    }
    void write.run(
      () => addSessionNote(api, fractalId, session.id, text),
      () => {
        setText('');
        notes.reload();
      },
    );
  };

  return (
    <section className="ses-notes card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Session notes</h2>
      {notes.error !== undefined && <ProblemMessage error={notes.error} onRetry={notes.reload} />}
      {notes.data === undefined ? (
        notes.loading && <Loading label="Loading notes…" />
      ) : notes.data.length === 0 ? (
        <EmptyState title="No notes yet" />
      ) : (
        <ul className="ses-note-list">
          {notes.data.map((note) => (
            <li key={note.id}>
              <p className="ses-note-text">{note.text}</p>
              <p className="muted ses-note-time">{formatDateTime(note.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-text`}>New note</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-text-error` : undefined}
          />
          <FieldMessage id={`${id}-text-error`} message={error} />
        </div>
        {write.error !== undefined && !error && <ProblemMessage error={write.error} />}
        <button type="submit" className="secondary" disabled={write.busy || text.trim() === ''}>
          Add note
        </button>
      </form>
    </section>
  );
}

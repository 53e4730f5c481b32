import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { createGroup, editGroup } from './api';
import { formFieldErrors } from './common/fieldErrors';
import { FormField, FormProblem } from '../ui/FormField';
import { useWrite } from './common/write';
import type { ActivityGroup } from '../api/activities';

const FIELDS = ['name', 'description'];
export const GROUP_NAME_MAX = 200;

interface GroupFormProps {
  fractalId: string;
  /** The group to rename or describe; a new group (added last) when left out. */
  group?: ActivityGroup;
  onSaved: () => void;
  onCancel: () => void;
}

export function GroupForm({ fractalId, group, onSaved, onCancel }: GroupFormProps) {
  const api = useApi();
  const write = useWrite();
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [nameError, setNameError] = useState<string | undefined>();
  const firstInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    firstInput.current?.focus();
  }, []);

  const serverErrors = formFieldErrors(write.error, FIELDS);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setNameError('Group name is required.');
      return;
    }
    const body = { name: trimmed, description: description.trim() === '' ? null : description.trim() };
    const saved = await write.run(() =>
      group ? editGroup(api, fractalId, group.id, body) : createGroup(api, write.keys, fractalId, body),
    );
    if (saved) {
      onSaved();
    }
  };

  return (
    <form
      className="plan-form group-form"
      noValidate
      aria-label={group ? `Edit group ${group.name}` : 'New group'}
      data-testid="group-form"
      onSubmit={(event) => void submit(event)}
    >
      <div className="row-fields">
        <FormField label="Group name" error={nameError ?? serverErrors.name}>
          {(control) => (
            <input
              {...control}
              ref={firstInput}
              type="text"
              autoComplete="off"
              maxLength={GROUP_NAME_MAX}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setNameError(undefined);
                write.clearError();
              }}
            />
          )}
        </FormField>
        <FormField label="Group description" optional error={serverErrors.description}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={description}
              onChange={(event) => {
                setDescription(event.target.value);
                write.clearError();
              }}
            />
          )}
        </FormField>
      </div>
      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending}>
          {group ? 'Save group' : 'Create group'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

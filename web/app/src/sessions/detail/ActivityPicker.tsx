import { useId, useState, type SubmitEvent } from 'react';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { addInstance, createActivity } from '../api';
import type { Activity, ActivityGroup } from '../../api/activities';
import type { NewActivityRequest } from '../types';
import { useWrite } from '../useWrite';
import { NewActivityForm } from './NewActivityForm';
import { useSessionDetail } from './SessionDetailContext';

interface ActivityPickerProps {
  /** The section to add to; null for a session without sections (the server makes one). */
  section: number | null;
  sectionLabel: string;
}

interface OptionGroup {
  label: string;
  activities: Activity[];
}

/** Activities under their groups, in the groups' order, with the ungrouped ones last. */
export function groupActivities(activities: readonly Activity[], groups: readonly ActivityGroup[]): OptionGroup[] {
  const ordered = [...groups].sort((a, b) => a.position - b.position);
  const known = new Set(ordered.map((group) => group.id));
  const result = ordered
    .map((group) => ({ label: group.name, activities: activities.filter((activity) => activity.groupId === group.id) }))
    .filter((group) => group.activities.length > 0);
  const ungrouped = activities.filter((activity) => activity.groupId === null || !known.has(activity.groupId));
  if (ungrouped.length > 0) {
    result.push({ label: ordered.length > 0 ? 'Ungrouped' : 'Activities', activities: ungrouped });
  }
  return result;
}

/** "Add activity" of a section: pick one from the catalogue, or define a new one and add it straight away. */
export function ActivityPicker({ section, sectionLabel }: ActivityPickerProps) {
  const { api, fractalId, session, catalogue, reload, reloadActivities } = useSessionDetail();
  const id = useId();
  const [mode, setMode] = useState<'closed' | 'pick' | 'create'>('closed');
  const [activityId, setActivityId] = useState('');
  const write = useWrite(reload);
  const groups = groupActivities(catalogue.activities, catalogue.groups);

  const add = (chosen: string) =>
    write.run(
      () => addInstance(api, fractalId, session.id, chosen, section),
      () => {
        setMode('closed');
        setActivityId('');
        reload();
      },
    );

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (activityId !== '') {
      void add(activityId);
    }
  };

  const create = async (request: NewActivityRequest) => {
    const created = await createActivity(api, fractalId, request);
    // The activity exists from here on: a failure to add it must not lead to creating it twice.
    reloadActivities();
    setActivityId(created);
    setMode('pick');
    await add(created);
  };

  if (mode === 'closed') {
    return (
      <div className="ses-picker">
        <button type="button" className="secondary" onClick={() => setMode('pick')} aria-label={`Add activity to ${sectionLabel}`}>
          + Add activity
        </button>
      </div>
    );
  }

  if (mode === 'create') {
    return (
      <div className="ses-picker">
        <NewActivityForm onCreate={create} onCancel={() => setMode('pick')} />
      </div>
    );
  }

  return (
    <div className="ses-picker">
      <form className="ses-picker-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-activity`}>Activity to add to {sectionLabel}</label>
          <select id={`${id}-activity`} value={activityId} onChange={(event) => setActivityId(event.target.value)}>
            <option value="">Choose an activity…</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.activities.map((activity) => (
                  <option key={activity.id} value={activity.id}>
                    {activity.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="ses-button-row">
          <button type="submit" className="primary" disabled={activityId === '' || write.busy}>
            Add
          </button>
          <button type="button" className="secondary" onClick={() => setMode('create')}>
            New activity…
          </button>
          <button type="button" className="secondary" onClick={() => setMode('closed')}>
            Cancel
          </button>
        </div>
      </form>
      {write.error !== undefined && <ProblemMessage error={write.error} />}
    </div>
  );
}

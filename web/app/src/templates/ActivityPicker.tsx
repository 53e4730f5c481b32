import { useId, useState } from 'react';
import { groupActivities } from '../activities/grouping';
import type { Activity, ActivityGroup } from '../api/activities';

interface ActivityPickerProps {
  /** Names the section in the labels ("Add an activity to Warm-up"). */
  sectionLabel: string;
  activities: readonly Activity[];
  groups: readonly ActivityGroup[];
  disabled?: boolean;
  onPick: (activityId: string) => void;
}

/** Picks an activity of the catalogue, by group, and adds it to a section. */
export function ActivityPicker({ sectionLabel, activities, groups, disabled = false, onPick }: ActivityPickerProps) {
  const [choice, setChoice] = useState('');
  const id = useId();
  const sections = groupActivities(groups, activities);
  if (activities.length === 0) {
    return <p className="muted field-hint">There are no activities yet: create them on the Activities page.</p>;
  }
  return (
    <div className="activity-picker">
      <label htmlFor={id} className="visually-hidden">
        Activity to add to {sectionLabel}
      </label>
      <select id={id} value={choice} disabled={disabled} onChange={(event) => setChoice(event.target.value)}>
        <option value="">Choose an activity…</option>
        {sections.map(({ group, activities: members }) =>
          members.length === 0 ? null : (
            <optgroup key={group?.id ?? 'ungrouped'} label={group?.name ?? 'Ungrouped'}>
              {members.map((activity) => (
                <option key={activity.id} value={activity.id}>
                  {activity.name}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
      <button
        type="button"
        className="secondary small-button"
        disabled={disabled || choice === ''}
        aria-label={`Add activity to ${sectionLabel}`}
        onClick={() => {
          onPick(choice);
          setChoice('');
        }}
      >
        Add
      </button>
    </div>
  );
}

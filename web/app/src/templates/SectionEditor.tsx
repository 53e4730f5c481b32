import type { Dispatch } from 'react';
import type { Activity, ActivityGroup } from '../api/activities';
import { FormField, FieldMessage } from '../ui/FormField';
import { ActivityPicker } from './ActivityPicker';
import { ACTIVITIES_PER_SECTION_MAX, MINUTES_MAX, type SectionDraft, type TemplateDraftAction } from './templateDraft';

interface SectionEditorProps {
  section: SectionDraft;
  index: number;
  /** Every section (for "move to section"). */
  sections: readonly SectionDraft[];
  activities: readonly Activity[];
  groups: readonly ActivityGroup[];
  errors: Record<string, string>;
  dispatch: Dispatch<TemplateDraftAction>;
}

export function sectionLabel(section: SectionDraft, index: number): string {
  return section.name.trim() || `Section ${index + 1}`;
}

/** One section of the builder: its name, planned minutes and activities, each movable with buttons. */
export function SectionEditor({ section, index, sections, activities, groups, errors, dispatch }: SectionEditorProps) {
  const label = sectionLabel(section, index);
  const at = `sections[${index}]`;
  const names = new Map(activities.map((activity) => [activity.id, activity.name]));
  const others = sections.map((other, position) => ({ other, position })).filter(({ other }) => other.key !== section.key);
  const { key } = section;
  return (
    <fieldset className="section-editor" data-testid="section-editor">
      <legend>
        Section {index + 1}
        {section.name.trim() && `: ${section.name.trim()}`}
      </legend>
      <div className="row-fields">
        <FormField label={`Section ${index + 1} name`} error={errors[`${at}.name`]}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={section.name}
              onChange={(event) => dispatch({ type: 'sectionName', key, value: event.target.value })}
            />
          )}
        </FormField>
        <FormField label={`Section ${index + 1} planned minutes`} error={errors[`${at}.plannedMinutes`]}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={MINUTES_MAX}
              step={1}
              value={section.plannedMinutes}
              onChange={(event) => dispatch({ type: 'sectionMinutes', key, value: event.target.value })}
            />
          )}
        </FormField>
      </div>
      <div className="toolbar">
        <button
          type="button"
          className="secondary small-button"
          aria-label={`Move section ${label} up`}
          disabled={index === 0}
          onClick={() => dispatch({ type: 'moveSection', key, delta: -1 })}
        >
          ↑ Up
        </button>
        <button
          type="button"
          className="secondary small-button"
          aria-label={`Move section ${label} down`}
          disabled={index === sections.length - 1}
          onClick={() => dispatch({ type: 'moveSection', key, delta: 1 })}
        >
          ↓ Down
        </button>
        <button
          type="button"
          className="secondary small-button"
          aria-label={`Remove section ${label}`}
          onClick={() => dispatch({ type: 'removeSection', key })}
        >
          Remove section
        </button>
      </div>

      {section.activityIds.length === 0 ? (
        <p className="muted">No activities in this section yet.</p>
      ) : (
        <ol className="section-activities" aria-label={`Activities of ${label}`}>
          {section.activityIds.map((activityId, position) => {
            const name = names.get(activityId) ?? 'Deleted activity';
            return (
              // An activity may appear twice in a section, so its position is part of the key.
              <li key={`${activityId}-${position}`} className="section-activity">
                <span className="section-activity-name">{name}</span>
                <span className="toolbar">
                  <button
                    type="button"
                    className="secondary small-button"
                    aria-label={`Move ${name} up in ${label}`}
                    disabled={position === 0}
                    onClick={() => dispatch({ type: 'moveActivity', key, index: position, delta: -1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary small-button"
                    aria-label={`Move ${name} down in ${label}`}
                    disabled={position === section.activityIds.length - 1}
                    onClick={() => dispatch({ type: 'moveActivity', key, index: position, delta: 1 })}
                  >
                    ↓
                  </button>
                  {others.length > 0 && (
                    <select
                      aria-label={`Move ${name} to another section`}
                      value=""
                      onChange={(event) => {
                        if (event.target.value !== '') {
                          dispatch({ type: 'moveActivityTo', key, index: position, toKey: Number(event.target.value) });
                        }
                      }}
                    >
                      <option value="">Move to…</option>
                      {others.map(({ other, position: otherIndex }) => (
                        <option key={other.key} value={other.key}>
                          {sectionLabel(other, otherIndex)}
                        </option>
                      ))}
                    </select>
                  )}
                  <button
                    type="button"
                    className="secondary small-button"
                    aria-label={`Remove ${name} from ${label}`}
                    onClick={() => dispatch({ type: 'removeActivity', key, index: position })}
                  >
                    Remove
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <FieldMessage message={errors[`${at}.activityIds`]} />
      <ActivityPicker
        sectionLabel={label}
        activities={activities}
        groups={groups}
        disabled={section.activityIds.length >= ACTIVITIES_PER_SECTION_MAX}
        onPick={(activityId) => dispatch({ type: 'addActivity', key, activityId })}
      />
    </fieldset>
  );
}

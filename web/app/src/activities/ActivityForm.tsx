import { useEffect, useId, useReducer, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import {
  DESCRIPTION_MAX,
  NAME_MAX,
  activityFormFields,
  activityFormReducer,
  canBeMultiplicative,
  emptyActivityForm,
  formFromActivity,
  removedMetrics,
  validateActivityForm,
  type ActivityFormErrors,
} from './activityForm';
import { createActivity, editActivity } from './api';
import { formFieldErrors } from './common/fieldErrors';
import { FormField, FormProblem, FieldMessage } from '../ui/FormField';
import { useWrite } from './common/write';
import { MetricsEditor } from './MetricsEditor';
import { SplitsEditor } from './SplitsEditor';
import type { Activity, ActivityGroup } from '../api/activities';

interface ActivityFormProps {
  fractalId: string;
  groups: readonly ActivityGroup[];
  /** The activity to edit; a new one when left out. */
  activity?: Activity;
  /** Group preselected for a new activity. */
  groupId?: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** Creates or edits an activity: what is recorded when it is practised (sets, splits, metrics). */
export function ActivityForm({ fractalId, groups, activity, groupId, onSaved, onCancel }: ActivityFormProps) {
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [state, dispatch] = useReducer(activityFormReducer, activity, (initial) =>
    initial ? formFromActivity(initial) : emptyActivityForm(groupId ?? ''),
  );
  const [clientErrors, setClientErrors] = useState<ActivityFormErrors>({});
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const removed = activity ? removedMetrics(activity, state) : [];

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const serverErrors = formFieldErrors(write.error, activityFormFields(state));
  const errors = { ...serverErrors, ...clientErrors };

  const change: typeof dispatch = (action) => {
    dispatch(action);
    setClientErrors({});
    setConfirmRemoval(false);
    write.clearError();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateActivityForm(state);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    setClientErrors({});
    if (removed.length > 0 && !confirmRemoval) {
      setConfirmRemoval(true);
      return;
    }
    const saved = await write.run(() =>
      activity
        ? editActivity(api, fractalId, activity, result.request)
        : createActivity(api, write.keys, fractalId, result.request),
    );
    if (saved) {
      onSaved();
    }
  };

  const title = activity ? `Edit ${activity.name}` : 'New activity';
  return (
    <form
      className="plan-form activity-form"
      aria-labelledby={`${id}-title`}
      noValidate
      data-testid="activity-form"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <FormField label="Name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={NAME_MAX}
            value={state.name}
            onChange={(event) => change({ type: 'text', field: 'name', value: event.target.value })}
          />
        )}
      </FormField>
      <FormField label="Description" optional error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={DESCRIPTION_MAX}
            value={state.description}
            onChange={(event) => change({ type: 'text', field: 'description', value: event.target.value })}
          />
        )}
      </FormField>
      <FormField label="Group" error={errors.groupId}>
        {(control) => (
          <select
            {...control}
            value={state.groupId}
            onChange={(event) => change({ type: 'text', field: 'groupId', value: event.target.value })}
          >
            <option value="">(No group)</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <fieldset>
        <legend>Recording</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={state.hasSets}
            onChange={(event) => change({ type: 'flag', field: 'hasSets', value: event.target.checked })}
          />
          Track sets
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.hasSplits}
            onChange={(event) => change({ type: 'flag', field: 'hasSplits', value: event.target.checked })}
          />
          Track splits (such as left and right)
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.hasMetrics}
            onChange={(event) => change({ type: 'flag', field: 'hasMetrics', value: event.target.checked })}
          />
          Enable metrics
        </label>
        {canBeMultiplicative(state) && (
          <label className="check">
            <input
              type="checkbox"
              checked={state.multiplicative}
              onChange={(event) => change({ type: 'flag', field: 'multiplicative', value: event.target.checked })}
            />
            Metrics are multiplicative (analytics can plot their product)
          </label>
        )}
        <FieldMessage message={errors.multiplicative} />
      </fieldset>

      {state.hasSplits && <SplitsEditor state={state} dispatch={change} errors={errors} />}
      {state.hasMetrics && <MetricsEditor state={state} dispatch={change} errors={errors} />}

      {confirmRemoval && (
        <div className="warning" role="alert">
          You are removing {removed.length} metric{removed.length === 1 ? '' : 's'}:{' '}
          {removed.map((metric) => `${metric.name} (${metric.unit})`).join(', ')}. Values recorded for{' '}
          {removed.length === 1 ? 'it' : 'them'} in past sessions are no longer shown with this activity. Save again to
          confirm.
        </div>
      )}
      <FormProblem error={write.error} unplaced={serverErrors['']} />

      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending} aria-busy={write.pending || undefined}>
          {confirmRemoval ? 'Remove metrics and save' : activity ? 'Save activity' : 'Create activity'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import type { Dispatch } from 'react';
import { FormField, FieldMessage } from '../ui/FormField';
import { SPLITS_MAX, SPLITS_MIN, type ActivityFormAction, type ActivityFormState } from './activityForm';

interface SplitsEditorProps {
  state: ActivityFormState;
  dispatch: Dispatch<ActivityFormAction>;
  errors: Record<string, string>;
}

/** 2–5 named splits (such as Left and Right); each metric is recorded per split. */
export function SplitsEditor({ state, dispatch, errors }: SplitsEditorProps) {
  const atMinimum = state.splits.length <= SPLITS_MIN;
  return (
    <fieldset className="splits-editor">
      <legend>Splits</legend>
      <FieldMessage message={errors.splits} />
      <ol className="plain-list editor-rows">
        {state.splits.map((split, index) => (
          <li key={split.key} className="editor-row split-row" data-testid="split-row">
            <FormField label={`Split ${index + 1} name`} error={errors[`splits[${index}].name`]}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  value={split.name}
                  onChange={(event) => dispatch({ type: 'splitName', key: split.key, value: event.target.value })}
                />
              )}
            </FormField>
            <button
              type="button"
              className="secondary small-button"
              aria-label={`Remove split ${index + 1}${split.name ? ` (${split.name})` : ''}`}
              disabled={atMinimum}
              onClick={() => dispatch({ type: 'removeSplit', key: split.key })}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      {state.splits.length < SPLITS_MAX ? (
        <button type="button" className="secondary small-button" onClick={() => dispatch({ type: 'addSplit' })}>
          Add split
        </button>
      ) : (
        <p className="muted field-hint">An activity has at most {SPLITS_MAX} splits.</p>
      )}
      {atMinimum && <p className="muted field-hint">An activity with splits has at least {SPLITS_MIN}.</p>}
    </fieldset>
  );
}

import type { Dispatch } from 'react';
import { FormField, FieldMessage } from '../ui/FormField';
import { METRICS_MAX, canBeMultiplicative, type ActivityFormAction, type ActivityFormState } from './activityForm';

interface MetricsEditorProps {
  state: ActivityFormState;
  dispatch: Dispatch<ActivityFormAction>;
  errors: Record<string, string>;
}

/** 1–3 metrics, each with a name and a unit; the top-set and per-metric multiplicative flags when they apply. */
export function MetricsEditor({ state, dispatch, errors }: MetricsEditorProps) {
  const multiplicative = state.multiplicative && canBeMultiplicative(state);
  return (
    <fieldset className="metrics-editor">
      <legend>Metrics</legend>
      <FieldMessage message={errors.metrics} />
      <ol className="plain-list editor-rows">
        {state.metrics.map((metric, index) => {
          const at = `metrics[${index}]`;
          const topSetError = errors[`${at}.topSet`];
          return (
            <li key={metric.key} className="editor-row" data-testid="metric-row">
              <div className="row-fields">
                <FormField label={`Metric ${index + 1} name`} error={errors[`${at}.name`]}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      autoComplete="off"
                      placeholder="Tempo"
                      value={metric.name}
                      onChange={(event) => dispatch({ type: 'metricText', key: metric.key, field: 'name', value: event.target.value })}
                    />
                  )}
                </FormField>
                <FormField label={`Metric ${index + 1} unit`} error={errors[`${at}.unit`]}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      autoComplete="off"
                      placeholder="bpm"
                      value={metric.unit}
                      onChange={(event) => dispatch({ type: 'metricText', key: metric.key, field: 'unit', value: event.target.value })}
                    />
                  )}
                </FormField>
              </div>
              <div className="toolbar">
                {state.hasSets && (
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={metric.topSet}
                      onChange={(event) => dispatch({ type: 'metricTopSet', key: metric.key, value: event.target.checked })}
                    />
                    Top set metric
                  </label>
                )}
                {multiplicative && (
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={metric.multiplicative}
                      onChange={(event) =>
                        dispatch({ type: 'metricMultiplicative', key: metric.key, value: event.target.checked })
                      }
                    />
                    Part of the product
                  </label>
                )}
                <button
                  type="button"
                  className="secondary small-button"
                  aria-label={`Remove metric ${index + 1}${metric.name ? ` (${metric.name})` : ''}`}
                  onClick={() => dispatch({ type: 'removeMetric', key: metric.key })}
                >
                  Remove
                </button>
              </div>
              <FieldMessage message={topSetError} />
            </li>
          );
        })}
      </ol>
      {state.metrics.length < METRICS_MAX ? (
        <button type="button" className="secondary small-button" onClick={() => dispatch({ type: 'addMetric' })}>
          Add metric
        </button>
      ) : (
        <p className="muted field-hint">An activity has at most {METRICS_MAX} metrics.</p>
      )}
    </fieldset>
  );
}

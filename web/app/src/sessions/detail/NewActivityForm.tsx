import { useId, useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/client';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { FieldMessage } from '../../ui/FormField';
import type { NewActivityRequest } from '../types';

export const MAX_METRICS = 3;

interface MetricRow {
  key: number;
  name: string;
  unit: string;
}

interface NewActivityFormProps {
  /** Creates the activity and adds it to the section; rejects with the server's problem. */
  onCreate: (request: NewActivityRequest) => Promise<void>;
  onCancel: () => void;
}

/** Field keys: `name`, `metrics`, `metric-<i>-name`, `metric-<i>-unit`; the rest under ''. */
export function activityFieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  const add = (key: string, message: string) => {
    result[key] = result[key] ? `${result[key]} ${message}` : message;
  };
  for (const { field, message } of error instanceof ApiError ? error.fieldErrors : []) {
    const metric = /^metrics\[(\d+)\]\.(name|unit)$/.exec(field);
    if (metric) {
      add(`metric-${metric[1]}-${metric[2]}`, message);
    } else if (field === 'name' || field === 'metrics') {
      add(field, message);
    } else {
      add('', field ? `${field}: ${message}` : message);
    }
  }
  return result;
}

/**
 * The smallest activity definition that can be practised at once: a name, sets or not, and up to three
 * metrics (name and unit). Everything else is edited later on the activities page.
 */
export function NewActivityForm({ onCreate, onCancel }: NewActivityFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [hasSets, setHasSets] = useState(false);
  const [metrics, setMetrics] = useState<MetricRow[]>([]);
  const [nextKey, setNextKey] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const updateMetric = (key: number, patch: Partial<MetricRow>) =>
    setMetrics(metrics.map((metric) => (metric.key === key ? { ...metric, ...patch } : metric)));

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (name.trim() === '') {
      local.name = 'Name is required.';
    }
    metrics.forEach((metric, index) => {
      if (metric.name.trim() === '') {
        local[`metric-${index}-name`] = 'Name the metric, or remove it.';
      }
      if (metric.unit.trim() === '') {
        local[`metric-${index}-unit`] = 'Give the unit (e.g. bpm, reps, %).';
      }
    });
    setErrors(local);
    setFailure(undefined);
    if (Object.keys(local).length > 0) {
      return;
    }
    setBusy(true);
    try {
      await onCreate({
        name: name.trim(),
        hasSets,
        hasMetrics: metrics.length > 0,
        metrics: metrics.map((metric) => ({ name: metric.name.trim(), unit: metric.unit.trim() })),
      });
    } catch (error) {
      setErrors(activityFieldErrors(error));
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const described = (key: string) => (errors[key] ? `${id}-${key}-error` : undefined);

  return (
    <form className="ses-new-activity" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>New activity</h4>
      <div className="field">
        <label htmlFor={`${id}-name`}>Activity name</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described('name')}
        />
        <FieldMessage id={`${id}-name-error`} message={errors.name} />
      </div>
      <div className="ses-check">
        <input id={`${id}-sets`} type="checkbox" checked={hasSets} onChange={(event) => setHasSets(event.target.checked)} />
        <label htmlFor={`${id}-sets`}>Track sets</label>
      </div>
      <fieldset className="ses-metrics" aria-describedby={described('metrics')}>
        <legend>Metrics</legend>
        {metrics.length === 0 && <p className="muted">No metrics: the timer and notes record this activity.</p>}
        {metrics.map((metric, index) => (
          <div className="ses-field-row" key={metric.key}>
            <div className="field">
              <label htmlFor={`${id}-m${metric.key}-name`}>Metric {index + 1} name</label>
              <input
                id={`${id}-m${metric.key}-name`}
                type="text"
                value={metric.name}
                onChange={(event) => updateMetric(metric.key, { name: event.target.value })}
                aria-invalid={errors[`metric-${index}-name`] ? true : undefined}
                aria-describedby={described(`metric-${index}-name`)}
              />
              <FieldMessage id={`${id}-metric-${index}-name-error`} message={errors[`metric-${index}-name`]} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-m${metric.key}-unit`}>Metric {index + 1} unit</label>
              <input
                id={`${id}-m${metric.key}-unit`}
                type="text"
                value={metric.unit}
                onChange={(event) => updateMetric(metric.key, { unit: event.target.value })}
                aria-invalid={errors[`metric-${index}-unit`] ? true : undefined}
                aria-describedby={described(`metric-${index}-unit`)}
              />
              <FieldMessage id={`${id}-metric-${index}-unit-error`} message={errors[`metric-${index}-unit`]} />
            </div>
            <button
              type="button"
              className="secondary"
              onClick={() => setMetrics(metrics.filter((m) => m.key !== metric.key))}
              aria-label={`Remove metric ${index + 1}`}
            >
              Remove
            </button>
          </div>
        ))}
        {metrics.length < MAX_METRICS && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setMetrics([...metrics, { key: nextKey, name: '', unit: '' }]);
              setNextKey(nextKey + 1);
            }}
          >
            Add metric
          </button>
        )}
        <FieldMessage id={`${id}-metrics-error`} message={errors.metrics} />
      </fieldset>
      {failure !== undefined && <ProblemMessage error={failure} hideFieldErrors />}
      {failure !== undefined && errors[''] && <p className="field-error">{errors['']}</p>}
      <div className="ses-button-row">
        <button type="submit" className="primary" disabled={busy}>
          Create and add
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

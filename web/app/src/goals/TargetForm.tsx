import { useId, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrorsByName } from '../ui/problem';
import { FieldMessage, FormField, FormProblem } from '../ui/FormField';
import { OPERATOR_NAMES, OPERATOR_SIGNS } from './levels';
import { OPERATORS, type Activity, type Operator, type Target, type TargetBody } from './types';
import type { Write } from './useWrite';
import {
  NAME_MAX,
  targetFields,
  thresholdField,
  THRESHOLDS_MAX,
  validateTarget,
  type FieldErrors,
  type TargetFormValues,
  type ThresholdRow,
} from './validation';

interface TargetFormProps {
  fractalId: string;
  activities: Activity[];
  /** The target being edited, or undefined for a new one. */
  target?: Target;
  write: Write;
  onSubmit: (body: TargetBody) => Promise<void>;
  onCancel: () => void;
}

function valuesOf(target: Target | undefined): TargetFormValues {
  if (!target) {
    return { name: '', activityId: '', thresholds: [] };
  }
  return {
    name: target.name,
    activityId: target.activityId,
    thresholds: target.thresholds.map((t) => ({ metricId: t.metricId, operator: t.operator, value: String(t.value) })),
  };
}

function isOperator(value: string): value is Operator {
  return (OPERATORS as readonly string[]).includes(value);
}

/** A target: its name, the activity it measures and one or more thresholds on that activity's metrics. */
export function TargetForm({ fractalId, activities, target, write, onSubmit, onCancel }: TargetFormProps) {
  const id = useId();
  const [values, setValues] = useState<TargetFormValues>(() => valuesOf(target));
  const [errors, setErrors] = useState<FieldErrors>({});
  const measurable = activities.filter((activity) => activity.metrics.length > 0);
  const activity = activities.find((candidate) => candidate.id === values.activityId);
  const metrics = activity?.metrics ?? [];
  const server = fieldErrorsByName(write.error, targetFields(values));
  const errorOf = (field: string) => errors[field] || server[field] || undefined;

  const change = (next: Partial<TargetFormValues>, cleared: string[]) => {
    setValues((previous) => ({ ...previous, ...next }));
    setErrors((previous) => ({ ...previous, ...Object.fromEntries(cleared.map((field) => [field, ''])) }));
  };

  const chooseActivity = (activityId: string) => {
    const chosen = activities.find((candidate) => candidate.id === activityId);
    const first = chosen?.metrics[0]?.id ?? '';
    const valid = new Set(chosen?.metrics.map((metric) => metric.id));
    // Thresholds on another activity's metrics mean nothing here: keep the values, point them at its metrics.
    const thresholds: ThresholdRow[] =
      values.thresholds.length > 0
        ? values.thresholds.map((row) => ({ ...row, metricId: valid.has(row.metricId) ? row.metricId : first }))
        : [{ metricId: first, operator: 'GTE', value: '' }];
    change(
      { activityId, thresholds, name: values.name.trim() === '' && chosen ? chosen.name : values.name },
      ['activityId', 'name', 'thresholds'],
    );
  };

  const setRow = (index: number, row: Partial<ThresholdRow>) => {
    change(
      { thresholds: values.thresholds.map((current, i) => (i === index ? { ...current, ...row } : current)) },
      Object.keys(row).map((part) => thresholdField(index, part as keyof ThresholdRow)),
    );
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateTarget(values, metrics.map((metric) => metric.id));
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await onSubmit(result.value);
  };

  if (measurable.length === 0) {
    return (
      <div className="goal-form">
        <p>No activities with metrics yet. A target measures an activity’s metrics.</p>
        <p>
          <Link to={`/fractals/${encodeURIComponent(fractalId)}/activities`}>Create an activity</Link>
        </p>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }

  return (
    <form className="goal-form target-form" onSubmit={(event) => void submit(event)} noValidate aria-label={target ? 'Edit target' : 'Add target'}>
      <FormField id={`${id}-activity`} label="Activity" error={errorOf('activityId')}>
        {(control) => (
          <select {...control} value={values.activityId} onChange={(e) => chooseActivity(e.target.value)}>
            <option value="">Choose an activity…</option>
            {measurable.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-name`} label="Target name" error={errorOf('name')}>
        {(control) => (
          <input {...control} type="text" maxLength={NAME_MAX} autoComplete="off" value={values.name} onChange={(e) => change({ name: e.target.value }, ['name'])} />
        )}
      </FormField>
      <fieldset className="thresholds" aria-describedby={errorOf('thresholds') ? `${id}-thresholds-error` : undefined}>
        <legend>Thresholds</legend>
        {values.thresholds.map((row, index) => (
          <div className="threshold-row" key={index} role="group" aria-label={`Threshold ${index + 1}`}>
            <FormField id={`${id}-t${index}-metric`} label="Metric" error={errorOf(thresholdField(index, 'metricId'))}>
              {(control) => (
                <select {...control} value={row.metricId} onChange={(e) => setRow(index, { metricId: e.target.value })}>
                  {row.metricId === '' && <option value="">Choose…</option>}
                  {metrics.map((metric) => (
                    <option key={metric.id} value={metric.id}>
                      {metric.name}
                      {metric.unit ? ` (${metric.unit})` : ''}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id={`${id}-t${index}-operator`} label="Comparison" error={errorOf(thresholdField(index, 'operator'))}>
              {(control) => (
                <select
                  {...control}
                  value={row.operator}
                  onChange={(e) => {
                    const operator = e.target.value;
                    if (isOperator(operator)) {
                      setRow(index, { operator });
                    }
                  }}
                >
                  {OPERATORS.map((operator) => (
                    <option key={operator} value={operator}>
                      {OPERATOR_SIGNS[operator]} {OPERATOR_NAMES[operator]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id={`${id}-t${index}-value`} label="Value" error={errorOf(thresholdField(index, 'value'))}>
              {(control) => (
                <input {...control} type="text" inputMode="decimal" autoComplete="off" value={row.value} onChange={(e) => setRow(index, { value: e.target.value })} />
              )}
            </FormField>
            <button
              type="button"
              className="secondary threshold-remove"
              aria-label={`Remove threshold ${index + 1}`}
              onClick={() => change({ thresholds: values.thresholds.filter((_, i) => i !== index) }, ['thresholds'])}
            >
              Remove
            </button>
          </div>
        ))}
        <FieldMessage id={`${id}-thresholds-error`} message={errorOf('thresholds')} />
        {activity && values.thresholds.length < THRESHOLDS_MAX && (
          <button
            type="button"
            className="secondary"
            onClick={() => change({ thresholds: [...values.thresholds, { metricId: metrics[0]?.id ?? '', operator: 'GTE', value: '' }] }, ['thresholds'])}
          >
            Add threshold
          </button>
        )}
      </fieldset>
      <FormProblem error={write.error} unplaced={server['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending} aria-busy={write.pending || undefined}>
          {write.pending ? 'Saving…' : target ? 'Save target' : 'Add target'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

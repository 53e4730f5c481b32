import type { Activity, ActivityRequest, MetricRequest } from '../api/activities';

/** The server's limits (docs/activities.md), checked here first so the user sees them before saving. */
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const UNIT_MAX = 50;
export const METRICS_MAX = 3;
export const SPLITS_MIN = 2;
export const SPLITS_MAX = 5;
/** The activity's multiplicative flag (the product series in analytics) needs something to multiply. */
export const MULTIPLICATIVE_MIN_METRICS = 2;

export interface MetricRow {
  /** Stable React key of the row. */
  key: number;
  /** The existing metric's id on an edit, so it keeps its id and recorded values. */
  id?: string;
  name: string;
  unit: string;
  topSet: boolean;
  multiplicative: boolean;
}

export interface SplitRow {
  key: number;
  id?: string;
  name: string;
}

export interface ActivityFormState {
  name: string;
  description: string;
  /** '' for no group. */
  groupId: string;
  hasSets: boolean;
  hasSplits: boolean;
  hasMetrics: boolean;
  multiplicative: boolean;
  metrics: MetricRow[];
  splits: SplitRow[];
  nextKey: number;
}

export type ActivityFormAction =
  | { type: 'text'; field: 'name' | 'description' | 'groupId'; value: string }
  | { type: 'flag'; field: 'hasSets' | 'hasSplits' | 'hasMetrics' | 'multiplicative'; value: boolean }
  | { type: 'addMetric' }
  | { type: 'removeMetric'; key: number }
  | { type: 'metricText'; key: number; field: 'name' | 'unit'; value: string }
  | { type: 'metricTopSet'; key: number; value: boolean }
  | { type: 'metricMultiplicative'; key: number; value: boolean }
  | { type: 'addSplit' }
  | { type: 'removeSplit'; key: number }
  | { type: 'splitName'; key: number; value: string };

export function emptyActivityForm(groupId = ''): ActivityFormState {
  return {
    name: '',
    description: '',
    groupId,
    hasSets: false,
    hasSplits: false,
    hasMetrics: true,
    multiplicative: false,
    metrics: [newMetric(0)],
    splits: [],
    nextKey: 1,
  };
}

export function formFromActivity(activity: Activity): ActivityFormState {
  const metrics = activity.metrics.map((metric, index) => ({ key: index, ...metric }));
  const splits = activity.splits.map((split, index) => ({ key: metrics.length + index, ...split }));
  return {
    name: activity.name,
    description: activity.description ?? '',
    groupId: activity.groupId ?? '',
    hasSets: activity.hasSets,
    hasSplits: activity.hasSplits,
    hasMetrics: activity.hasMetrics,
    multiplicative: activity.multiplicative,
    metrics,
    splits,
    nextKey: metrics.length + splits.length,
  };
}

function newMetric(key: number): MetricRow {
  return { key, name: '', unit: '', topSet: false, multiplicative: true };
}

/** "Split #1", "Split #2", … as the original suggested; the user renames them (Left, Right). */
function defaultSplitName(position: number): string {
  return `Split #${position + 1}`;
}

function withSplitsAtLeast(state: ActivityFormState, count: number): ActivityFormState {
  let { splits, nextKey } = state;
  while (splits.length < count) {
    splits = [...splits, { key: nextKey, name: defaultSplitName(splits.length) }];
    nextKey++;
  }
  return { ...state, splits, nextKey };
}

function updateMetric(state: ActivityFormState, key: number, change: Partial<MetricRow>): ActivityFormState {
  return { ...state, metrics: state.metrics.map((metric) => (metric.key === key ? { ...metric, ...change } : metric)) };
}

/** Keeps the form inside the rules the user cannot type around: split and metric counts, one top set. */
export function activityFormReducer(state: ActivityFormState, action: ActivityFormAction): ActivityFormState {
  switch (action.type) {
    case 'text':
      return { ...state, [action.field]: action.value };
    case 'flag': {
      const next = { ...state, [action.field]: action.value };
      if (action.field === 'hasSplits' && action.value) {
        return withSplitsAtLeast(next, SPLITS_MIN);
      }
      if (action.field === 'hasMetrics' && action.value && next.metrics.length === 0) {
        return { ...next, metrics: [newMetric(next.nextKey)], nextKey: next.nextKey + 1 };
      }
      if (action.field === 'hasSets' && !action.value) {
        // Only an activity with sets has a top-set metric (the server refuses the flag otherwise).
        return { ...next, metrics: next.metrics.map((metric) => ({ ...metric, topSet: false })) };
      }
      return next;
    }
    case 'addMetric':
      if (state.metrics.length >= METRICS_MAX) {
        return state;
      }
      return { ...state, metrics: [...state.metrics, newMetric(state.nextKey)], nextKey: state.nextKey + 1 };
    case 'removeMetric':
      return { ...state, metrics: state.metrics.filter((metric) => metric.key !== action.key) };
    case 'metricText':
      return updateMetric(state, action.key, { [action.field]: action.value });
    case 'metricTopSet':
      return {
        ...state,
        metrics: state.metrics.map((metric) => ({
          ...metric,
          topSet: metric.key === action.key ? action.value : action.value ? false : metric.topSet,
        })),
      };
    case 'metricMultiplicative':
      return updateMetric(state, action.key, { multiplicative: action.value });
    case 'addSplit':
      if (state.splits.length >= SPLITS_MAX) {
        return state;
      }
      return {
        ...state,
        splits: [...state.splits, { key: state.nextKey, name: defaultSplitName(state.splits.length) }],
        nextKey: state.nextKey + 1,
      };
    case 'removeSplit':
      if (state.splits.length <= SPLITS_MIN) {
        return state;
      }
      return { ...state, splits: state.splits.filter((split) => split.key !== action.key) };
    case 'splitName':
      return { ...state, splits: state.splits.map((split) => (split.key === action.key ? { ...split, name: action.value } : split)) };
  }
}

/** Whether the "Metrics are multiplicative" choice applies (it is offered only then). */
export function canBeMultiplicative(state: ActivityFormState): boolean {
  return state.hasMetrics && state.metrics.length >= MULTIPLICATIVE_MIN_METRICS;
}

export type ActivityFormErrors = Record<string, string>;

export type ActivityFormResult = { ok: true; request: ActivityRequest } | { ok: false; errors: ActivityFormErrors };

function checkText(errors: ActivityFormErrors, field: string, value: string, max: number, required: string) {
  if (value === '') {
    errors[field] = required;
  } else if (value.length > max) {
    errors[field] = `At most ${max} characters (now ${value.length}).`;
  }
}

/**
 * Checks the form as the server would and builds the request body. Errors are named like the server's
 * (`metrics[1].unit`, `splits[0].name`), so server and client messages land on the same fields.
 */
export function validateActivityForm(state: ActivityFormState): ActivityFormResult {
  const errors: ActivityFormErrors = {};
  const name = state.name.trim();
  checkText(errors, 'name', name, NAME_MAX, 'Name is required.');
  const description = state.description.trim();
  if (description.length > DESCRIPTION_MAX) {
    errors.description = `At most ${DESCRIPTION_MAX} characters (now ${description.length}).`;
  }

  const metrics: MetricRequest[] = [];
  if (state.hasMetrics) {
    if (state.metrics.length === 0) {
      errors.metrics = 'Add at least one metric, or turn metrics off.';
    } else if (state.metrics.length > METRICS_MAX) {
      errors.metrics = `Maximum of ${METRICS_MAX} metrics allowed per activity.`;
    }
    state.metrics.forEach((row, index) => {
      const metricName = row.name.trim();
      const unit = row.unit.trim();
      checkText(errors, `metrics[${index}].name`, metricName, NAME_MAX, 'Metric name is required.');
      checkText(errors, `metrics[${index}].unit`, unit, UNIT_MAX, 'Unit is required.');
      metrics.push({
        ...(row.id ? { id: row.id } : {}),
        name: metricName,
        unit,
        topSet: state.hasSets && row.topSet,
        multiplicative: row.multiplicative,
      });
    });
  }

  const splits = state.hasSplits ? state.splits.map((row) => ({ ...(row.id ? { id: row.id } : {}), name: row.name.trim() })) : [];
  if (state.hasSplits) {
    if (splits.length < SPLITS_MIN) {
      errors.splits = `At least ${SPLITS_MIN} splits are needed.`;
    } else if (splits.length > SPLITS_MAX) {
      errors.splits = `Maximum of ${SPLITS_MAX} splits allowed per activity.`;
    }
    splits.forEach((split, index) => checkText(errors, `splits[${index}].name`, split.name, NAME_MAX, 'Split name is required.'));
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: {
      name,
      description: description === '' ? null : description,
      groupId: state.groupId === '' ? null : state.groupId,
      hasSets: state.hasSets,
      hasSplits: state.hasSplits,
      hasMetrics: state.hasMetrics,
      multiplicative: state.multiplicative && canBeMultiplicative(state),
      metrics,
      splits,
    },
  };
}

/** The form's fields that server errors may name, for showing each message next to its input. */
export function activityFormFields(state: ActivityFormState): string[] {
  const fields = ['name', 'description', 'groupId', 'hasSets', 'hasSplits', 'hasMetrics', 'multiplicative', 'metrics', 'splits'];
  state.metrics.forEach((_, index) => fields.push(`metrics[${index}].name`, `metrics[${index}].unit`, `metrics[${index}].topSet`));
  state.splits.forEach((_, index) => fields.push(`splits[${index}].name`));
  return fields;
}

/** Metrics of the saved activity that this edit would remove (their past values are no longer shown with it). */
export function removedMetrics(activity: Activity, state: ActivityFormState): Activity['metrics'] {
  const kept = new Set(state.hasMetrics ? state.metrics.map((row) => row.id).filter(Boolean) : []);
  return activity.metrics.filter((metric) => !kept.has(metric.id));
}

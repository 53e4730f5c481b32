import { ApiError } from '../api/client';
import type { ActivityDefinition, MetricSummary } from './types';

export const PRODUCT = 'product';
export const ALL_SPLITS = 'all';

export interface Option {
  value: string;
  label: string;
}

/** The metrics whose product the server forms, or none when it would refuse `metric=product`. */
export function productMetrics(definition: ActivityDefinition | undefined): ActivityDefinition['metrics'] {
  if (!definition?.multiplicative) {
    return [];
  }
  const multiplicative = definition.metrics.filter((metric) => metric.multiplicative);
  return multiplicative.length >= 2 ? multiplicative : [];
}

export function metricLabel(metric: Pick<MetricSummary, 'name' | 'unit'>): string {
  return metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
}

/** The line chart's metric choices: each metric, then "Product (A × B)" when the activity offers one. */
export function lineMetricOptions(metrics: readonly MetricSummary[], definition: ActivityDefinition | undefined): Option[] {
  const options = metrics.map((metric) => ({ value: metric.metricId, label: metricLabel(metric) }));
  const product = productMetrics(definition);
  if (product.length > 0) {
    options.push({ value: PRODUCT, label: `Product (${product.map((metric) => metric.name).join(' × ')})` });
  }
  return options;
}

/** The unit of what the line chart plots; a product's unit is the product of its units ("bpm × reps"). */
export function plottedUnit(
  metric: string,
  metrics: readonly MetricSummary[],
  definition: ActivityDefinition | undefined,
): string | null {
  if (metric === PRODUCT) {
    const units = productMetrics(definition).map((entry) => entry.unit ?? '');
    return units.every((unit) => unit !== '') ? units.join(' × ') : null;
  }
  return metrics.find((entry) => entry.metricId === metric)?.unit ?? null;
}

export function plottedName(
  metric: string,
  metrics: readonly MetricSummary[],
  definition: ActivityDefinition | undefined,
): string {
  if (metric === PRODUCT) {
    return lineMetricOptions(metrics, definition).find((option) => option.value === PRODUCT)?.label ?? 'Product';
  }
  return metrics.find((entry) => entry.metricId === metric)?.name ?? 'Value';
}

export function splitOptions(definition: ActivityDefinition | undefined): Option[] {
  if (!definition?.hasSplits) {
    return [];
  }
  return [{ value: ALL_SPLITS, label: 'All splits' }, ...definition.splits.map((split) => ({ value: split.id, label: split.name }))];
}

/**
 * The server refuses a scatter plot of an activity with fewer than two metrics (400, error on `x`). That is not
 * a failure to alarm anyone with, so the page shows its message as the chart's explanation.
 */
export function scatterExplanation(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return null;
  }
  const onX = error.fieldErrors.find((fieldError) => fieldError.field === 'x');
  return onX ? onX.message : null;
}

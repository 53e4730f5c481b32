/** Shapes of the activities API, shared by every page that lists, picks or records activities (docs/activities.md). */

/** A group of a fractal's activities; `position` counts from 0 in the group order. */
export interface ActivityGroup {
  id: string;
  name: string;
  description: string | null;
  position: number;
}

export interface Metric {
  id: string;
  name: string;
  unit: string;
  topSet: boolean;
  multiplicative: boolean;
}

export interface Split {
  id: string;
  name: string;
}

/** An activity as the read model lists it. */
export interface Activity {
  id: string;
  name: string;
  description: string | null;
  /** Null when ungrouped, also after its group was deleted. */
  groupId: string | null;
  hasSets: boolean;
  hasSplits: boolean;
  hasMetrics: boolean;
  multiplicative: boolean;
  metrics: Metric[];
  splits: Split[];
  createdAt: string;
  updatedAt: string;
  /** Instances in sessions that are not deleted (0 when never used). */
  instanceCount?: number;
  /** Latest start of those sessions, null when never used. */
  lastUsedAt?: string | null;
  version: number;
}

/** A metric as a create or edit sends it: `id` only on an edit, so that the metric keeps its recorded values. */
export type MetricRequest = Omit<Metric, 'id'> & { id?: string };

export type SplitRequest = Omit<Split, 'id'> & { id?: string };

/**
 * The body of a create (POST) and of an edit (PATCH, where null clears description and groupId): the activity's
 * own fields, without what the server keeps (ids, times, usage, version).
 */
export type ActivityRequest = Pick<
  Activity,
  'name' | 'description' | 'groupId' | 'hasSets' | 'hasSplits' | 'hasMetrics' | 'multiplicative'
> & {
  metrics: MetricRequest[];
  splits: SplitRequest[];
};

export interface GroupRequest {
  name: string;
  description: string | null;
}

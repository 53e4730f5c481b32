export interface TemplateSection {
  name: string;
  plannedMinutes: number;
  /** Activities to practise, in order (an activity may appear more than once). */
  activityIds: string[];
}

/** A session template as the read model lists it. */
export interface Template {
  id: string;
  name: string;
  description: string | null;
  sections: TemplateSection[];
  totalMinutes: number;
  sectionCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The body of a create, and of an edit (which replaces the whole template). */
export interface TemplateRequest {
  name: string;
  description: string | null;
  sections: TemplateSection[];
}

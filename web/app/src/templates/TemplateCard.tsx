import { ConfirmButton } from '../activities/common/ConfirmButton';
import { summaryLabel } from './templateDraft';
import type { Template } from './types';

interface TemplateCardProps {
  template: Template;
  /** Activity names by id (a deleted activity is missing). */
  activityNames: ReadonlyMap<string, string>;
  busy: boolean;
  onEdit: () => void;
  onDuplicate: () => void;
  onDelete: () => Promise<unknown>;
}

export function TemplateCard({ template, activityNames, busy, onEdit, onDuplicate, onDelete }: TemplateCardProps) {
  return (
    <li className="plan-card template-card" data-testid="template-card">
      <h2>{template.name}</h2>
      <p className="template-summary">{summaryLabel(template.sectionCount, template.totalMinutes)}</p>
      {template.description && <p className="description">{template.description}</p>}
      <ol className="template-sections">
        {template.sections.map((section, index) => (
          <li key={index}>
            <strong>{section.name}</strong> · {section.plannedMinutes} min
            {section.activityIds.length > 0 && (
              <span className="muted">
                : {section.activityIds.map((activityId) => activityNames.get(activityId) ?? 'Deleted activity').join(', ')}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="card-actions">
        <button type="button" className="secondary small-button" aria-label={`Edit ${template.name}`} onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="secondary small-button"
          aria-label={`Duplicate ${template.name}`}
          disabled={busy}
          onClick={onDuplicate}
        >
          Duplicate
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${template.name}`}
          className="secondary small-button"
          question={`Delete the template “${template.name}”? Sessions made from it stay as they are.`}
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}

import type { ReactNode } from 'react';
import { ConfirmButton } from './common/ConfirmButton';
import type { ActivityGroup } from '../api/activities';

interface GroupSectionProps {
  /** Null for the ungrouped activities. */
  group: ActivityGroup | null;
  index: number;
  groupCount: number;
  busy: boolean;
  /** The group's edit form, shown in place of its heading while open. */
  editor?: ReactNode;
  onMove: (delta: number) => void;
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
  onAddActivity: () => void;
  children: ReactNode;
}

/** One group of the catalogue with its order (move up/down instead of dragging) and its actions. */
export function GroupSection({
  group,
  index,
  groupCount,
  busy,
  editor,
  onMove,
  onEdit,
  onDelete,
  onAddActivity,
  children,
}: GroupSectionProps) {
  const name = group?.name ?? 'Ungrouped';
  const headingId = `group-${group?.id ?? 'none'}`;
  return (
    <section className="group-section" aria-labelledby={headingId} data-testid="group-section">
      {editor ?? (
        <div className="group-head">
          <div className="group-title">
            <h2 id={headingId}>{name}</h2>
            {group?.description && <p className="description">{group.description}</p>}
          </div>
          {group && (
            <div className="toolbar">
              <button
                type="button"
                className="secondary small-button"
                aria-label={`Move ${name} up`}
                disabled={busy || index === 0}
                onClick={() => onMove(-1)}
              >
                ↑ Up
              </button>
              <button
                type="button"
                className="secondary small-button"
                aria-label={`Move ${name} down`}
                disabled={busy || index === groupCount - 1}
                onClick={() => onMove(1)}
              >
                ↓ Down
              </button>
              <button type="button" className="secondary small-button" aria-label={`Edit group ${name}`} onClick={onEdit}>
                Edit
              </button>
              <button
                type="button"
                className="secondary small-button"
                aria-label={`Add activity to ${name}`}
                onClick={onAddActivity}
              >
                Add activity
              </button>
              <ConfirmButton
                label="Delete"
                ariaLabel={`Delete group ${name}`}
                className="secondary small-button"
                question={`Delete the group “${name}”? Its activities stay, ungrouped.`}
                onConfirm={onDelete}
              />
            </div>
          )}
        </div>
      )}
      {children}
    </section>
  );
}

import { useEffect, useRef, type DragEvent } from 'react';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { removeInstance } from '../api';
import { columnsFor } from '../setsTable';
import type { ActivityInstance } from '../types';
import { useWrite } from '../useWrite';
import { InstanceNotes } from './InstanceNotes';
import { MoveControls } from './MoveControls';
import { useSessionDetail } from './SessionDetailContext';
import { SetsEditor } from './SetsEditor';
import { TimerControls } from './TimerControls';
import { TimesEditor } from './TimesEditor';
import { ValuesEditor } from './ValuesEditor';

export interface DragHandlers {
  onDragStart: (instanceId: string) => void;
  onDragEnd: () => void;
  onDragEnter: (sectionIndex: number, index: number) => void;
  /** Dropped onto this card: the dragged instance takes its place. */
  onDropBefore: (sectionIndex: number, index: number) => void;
}

interface InstanceCardProps {
  instance: ActivityInstance;
  sectionIndex: number;
  index: number;
  drag: DragHandlers;
  dropTarget: boolean;
  /** Set when the card should take the focus (after a keyboard move rendered it in its new place). */
  focusNow: boolean;
  onFocused: () => void;
}

/** One activity practised in the session: timer, times, sets or values, notes, moving and removing. */
export function InstanceCard({ instance, sectionIndex, index, drag, dropTarget, focusNow, onFocused }: InstanceCardProps) {
  const { api, fractalId, session, activities, activitiesLoaded, reload } = useSessionDetail();
  const activity = activities.get(instance.activityId);
  const name = activity?.name ?? (activitiesLoaded ? 'Deleted activity' : 'Activity');
  const card = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = useWrite(reload);
  const headingId = `instance-${instance.id}`;

  useEffect(() => {
    if (focusNow) {
      heading.current?.focus();
      onFocused();
    }
  }, [focusNow, onFocused]);

  const startDrag = (event: DragEvent<HTMLSpanElement>) => {
    event.dataTransfer.effectAllowed = 'move';
    // A type of our own, so a drop on a text field does not paste the id into it.
    event.dataTransfer.setData('application/x-fractal-instance', instance.id);
    if (card.current) {
      event.dataTransfer.setDragImage(card.current, 16, 16);
    }
    drag.onDragStart(instance.id);
  };

  const columns = activity ? columnsFor(activity) : [];
  // Editors start from the recorded data; a new recording (after a reload) starts them afresh.
  const recorded = JSON.stringify([instance.sets, instance.values]);

  return (
    <li
      className={dropTarget ? 'ses-instance ses-drop-target' : 'ses-instance'}
      onDragEnter={() => drag.onDragEnter(sectionIndex, index)}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={(event) => {
        event.preventDefault();
        drag.onDropBefore(sectionIndex, index);
      }}
    >
      <article ref={card} aria-labelledby={headingId} data-testid="activity-instance">
        <header className="ses-instance-head">
          <span
            className="ses-drag-handle"
            draggable
            onDragStart={startDrag}
            onDragEnd={drag.onDragEnd}
            title="Drag to move (or use Move up, Move down and Move to section)"
            aria-hidden="true"
          >
            ⠿
          </span>
          <h3 id={headingId} ref={heading} tabIndex={-1}>
            {name}
          </h3>
          <button
            type="button"
            className="secondary ses-remove"
            disabled={remove.busy}
            onClick={() => void remove.run(() => removeInstance(api, fractalId, session.id, instance.id), reload)}
          >
            Remove
          </button>
        </header>
        {remove.error !== undefined && <ProblemMessage error={remove.error} />}
        <TimerControls instance={instance} />
        <TimesEditor key={`${instance.startedAt ?? ''}|${instance.stoppedAt ?? ''}`} instance={instance} />
        {activity && activity.hasSets && columns.length > 0 && (
          <SetsEditor key={recorded} instance={instance} columns={columns} activityName={name} />
        )}
        {activity && !activity.hasSets && columns.length > 0 && <ValuesEditor key={recorded} instance={instance} columns={columns} />}
        {activity && columns.length === 0 && <p className="muted">No metrics: the timer and notes record this activity.</p>}
        <InstanceNotes key={instance.notes ?? ''} instance={instance} />
        <MoveControls instanceId={instance.id} sectionIndex={sectionIndex} />
      </article>
    </li>
  );
}

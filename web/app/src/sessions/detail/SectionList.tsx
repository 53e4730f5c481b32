import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { moveInstance } from '../api';
import { dropAtEnd, dropBefore } from '../move';
import type { MoveTarget } from '../types';
import { useWrite } from '../useWrite';
import { ActivityPicker } from './ActivityPicker';
import type { DragHandlers } from './InstanceCard';
import { SectionBlock } from './SectionBlock';
import { useSessionDetail } from './SessionDetailContext';

export type DropSpot = { section: number; index: number | 'end' } | null;

interface SectionListProps {
  focusInstanceId: string | null;
  onFocused: () => void;
}

/** The session's sections; instances are dragged between and within them (the cards also have move buttons). */
export function SectionList({ focusInstanceId, onFocused }: SectionListProps) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const [dragging, setDragging] = useState<string | null>(null);
  const [spot, setSpot] = useState<DropSpot>(null);
  const write = useWrite(reload);

  const finish = (target: MoveTarget | null) => {
    const instanceId = dragging;
    setDragging(null);
    setSpot(null);
    if (instanceId && target) {
      void write.run(() => moveInstance(api, fractalId, session.id, instanceId, target), reload);
    }
  };

  const drag: DragHandlers = {
    onDragStart: (instanceId) => setDragging(instanceId),
    onDragEnd: () => {
      setDragging(null);
      setSpot(null);
    },
    onDragEnter: (section, index) => setSpot({ section, index }),
    onDropBefore: (section, index) => finish(dragging ? dropBefore(session.sections, dragging, section, index) : null),
  };

  if (session.sections.length === 0) {
    return (
      <section className="ses-sections" aria-label="Activities">
        <EmptyState title="No activities yet" action={<ActivityPicker section={null} sectionLabel="this session" />}>
          Add the first activity to start recording.
        </EmptyState>
      </section>
    );
  }

  return (
    <section className={dragging ? 'ses-sections ses-dragging' : 'ses-sections'} aria-label="Activities">
      {write.error !== undefined && <ProblemMessage error={write.error} />}
      {session.sections.map((section, index) => (
        <SectionBlock
          key={index}
          section={section}
          index={index}
          drag={drag}
          dragging={dragging !== null}
          spot={spot}
          onDropAtEnd={() => finish(dragging ? dropAtEnd(session.sections, dragging, index) : null)}
          onEnterEnd={() => setSpot({ section: index, index: 'end' })}
          focusInstanceId={focusInstanceId}
          onFocused={onFocused}
        />
      ))}
    </section>
  );
}

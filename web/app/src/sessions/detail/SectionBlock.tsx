import { formatClock, sectionSeconds } from '../duration';
import type { SessionSection } from '../types';
import { useNow } from '../useNow';
import { ActivityPicker } from './ActivityPicker';
import { InstanceCard, type DragHandlers } from './InstanceCard';
import { sectionName } from './sectionName';
import type { DropSpot } from './SectionList';

interface SectionBlockProps {
  section: SessionSection;
  index: number;
  drag: DragHandlers;
  dragging: boolean;
  spot: DropSpot;
  onDropAtEnd: () => void;
  onEnterEnd: () => void;
  focusInstanceId: string | null;
  onFocused: () => void;
}

/** The section's time: its timed instances (running ones counted live), else its plan. */
function SectionTime({ section }: { section: SessionSection }) {
  const now = useNow(section.instances.some((instance) => instance.running));
  const seconds = sectionSeconds(section, now);
  const planned = section.plannedMinutes !== null ? `${section.plannedMinutes} min planned` : null;
  if (seconds === null) {
    return <span className="muted">{planned ?? 'Not timed yet'}</span>;
  }
  return (
    <span>
      <span className="ses-clock" data-testid="section-duration">
        {formatClock(seconds)}
      </span>
      {planned && <span className="muted"> ({planned})</span>}
    </span>
  );
}

export function SectionBlock(props: SectionBlockProps) {
  const { section, index, drag, dragging, spot, onDropAtEnd, onEnterEnd, focusInstanceId, onFocused } = props;
  const label = sectionName(section, index);
  const headingId = `section-${index}-heading`;
  return (
    <section className="ses-section" aria-labelledby={headingId} data-testid="session-section">
      <header className="ses-section-head">
        <h2 id={headingId}>{label}</h2>
        <SectionTime section={section} />
      </header>
      {section.instances.length === 0 && !dragging && <p className="muted">No activities in this section.</p>}
      <ol className="ses-instances" aria-label={`Activities of ${label}`}>
        {section.instances.map((instance, position) => (
          <InstanceCard
            key={instance.id}
            instance={instance}
            sectionIndex={index}
            index={position}
            drag={drag}
            dropTarget={spot?.section === index && spot.index === position}
            focusNow={focusInstanceId === instance.id}
            onFocused={onFocused}
          />
        ))}
      </ol>
      {dragging && (
        <div
          className={spot?.section === index && spot.index === 'end' ? 'ses-drop-end ses-drop-target' : 'ses-drop-end'}
          onDragEnter={onEnterEnd}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
          }}
          onDrop={(event) => {
            event.preventDefault();
            onDropAtEnd();
          }}
        >
          Drop here to move to the end of {label}
        </div>
      )}
      <ActivityPicker section={index} sectionLabel={label} />
    </section>
  );
}

import { useId, useState } from 'react';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { moveInstance } from '../api';
import { moveDown, moveToSection, moveUp } from '../move';
import type { MoveTarget } from '../types';
import { useWrite } from '../useWrite';
import { sectionName } from './sectionName';
import { useSessionDetail } from './SessionDetailContext';

interface MoveControlsProps {
  instanceId: string;
  sectionIndex: number;
}

/** The keyboard way to do what dragging does: one place up or down, or to the end of another section. */
export function MoveControls({ instanceId, sectionIndex }: MoveControlsProps) {
  const { api, fractalId, session, reload, requestFocus } = useSessionDetail();
  const id = useId();
  const [targetSection, setTargetSection] = useState('');
  const write = useWrite(reload);
  const sections = session.sections;
  const up = moveUp(sections, instanceId);
  const down = moveDown(sections, instanceId);
  const others = sections.map((section, index) => ({ index, label: sectionName(section, index) })).filter((s) => s.index !== sectionIndex);

  const move = (target: MoveTarget | null) => {
    if (target) {
      void write.run(
        () => moveInstance(api, fractalId, session.id, instanceId, target),
        () => {
          requestFocus(instanceId);
          reload();
        },
      );
    }
  };

  return (
    <div className="ses-move">
      <div className="ses-button-row">
        <button type="button" className="secondary" disabled={!up || write.busy} onClick={() => move(up)}>
          Move up
        </button>
        <button type="button" className="secondary" disabled={!down || write.busy} onClick={() => move(down)}>
          Move down
        </button>
        {others.length > 0 && (
          <span className="ses-move-to">
            <label htmlFor={`${id}-section`}>Move to section</label>
            <select id={`${id}-section`} value={targetSection} onChange={(event) => setTargetSection(event.target.value)}>
              <option value="">Choose…</option>
              {others.map((section) => (
                <option key={section.index} value={section.index}>
                  {section.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="secondary"
              disabled={targetSection === '' || write.busy}
              onClick={() => {
                move(moveToSection(sections, instanceId, Number(targetSection)));
                setTargetSection('');
              }}
            >
              Move
            </button>
          </span>
        )}
      </div>
      {write.error !== undefined && <ProblemMessage error={write.error} />}
    </div>
  );
}

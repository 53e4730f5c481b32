import { useState } from 'react';
import { EmptyState } from '../ui/EmptyState';
import { BlockCard } from './BlockCard';
import { BlockForm } from './BlockForm';
import { useProgramDetail } from './detailContext';

/** The program's blocks by start date, each with its goals and days. */
export function BlocksView() {
  const { program } = useProgramDetail();
  const [adding, setAdding] = useState(false);
  const blocks = [...program.blocks].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    <section className="blocks-view" aria-labelledby="blocks-heading" data-testid="blocks-view">
      <div className="page-head">
        <h2 id="blocks-heading">Blocks</h2>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          Add block
        </button>
      </div>
      {adding && <BlockForm onDone={() => setAdding(false)} />}
      {blocks.length === 0 ? (
        <EmptyState title="No blocks yet">Blocks divide the program into phases, each with its colour and days.</EmptyState>
      ) : (
        <ul className="plain-list block-list">
          {blocks.map((block) => (
            <BlockCard key={block.id} block={block} />
          ))}
        </ul>
      )}
    </section>
  );
}

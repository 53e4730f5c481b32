import { useId, type ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Selects and toggles that change what the panel shows. */
  controls?: ReactNode;
  testId?: string;
  children: ReactNode;
}

export function Panel({ title, controls, testId, children }: PanelProps) {
  const id = useId();
  return (
    <section className="card analytics-panel" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {controls && <div className="panel-controls">{controls}</div>}
      </div>
      {children}
    </section>
  );
}

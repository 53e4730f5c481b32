import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { listActivities, listGroups } from '../activities/api';
import { usePagedList } from '../activities/common/usePagedList';
import { useWrite } from '../activities/common/write';
import { useApiQuery } from '../data/useApiQuery';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { deleteTemplate, duplicateTemplate, listTemplatesPage } from './api';
import { TemplateBuilder } from './TemplateBuilder';
import { TemplateCard } from './TemplateCard';
import type { Template } from './types';
import '../activities/common/common.css';
import './templates.css';

type Editor = { kind: 'new' } | { kind: 'edit'; template: Template };

/** `/fractals/:fractalId/templates`: session templates, with the builder. */
export function TemplatesPage() {
  const { fractalId = '' } = useParams();
  const api = useApi();
  const templates = usePagedList(`templates:${fractalId}`, (cursor, signal) =>
    listTemplatesPage(api, fractalId, cursor, signal),
  );
  // The catalogue names the activities of each section and feeds the builder's picker.
  const catalogue = useApiQuery(`template-catalogue:${fractalId}`, async (signal) => {
    const [activities, groups] = await Promise.all([
      listActivities(api, fractalId, signal),
      listGroups(api, fractalId, signal),
    ]);
    return { activities, groups };
  });
  const [editor, setEditor] = useState<Editor | null>(null);
  const actions = useWrite();

  const activities = catalogue.data?.activities ?? [];
  const groups = catalogue.data?.groups ?? [];
  const activityNames = new Map(activities.map((activity) => [activity.id, activity.name]));

  const act = async (work: () => Promise<unknown>) => {
    if (await actions.run(work)) {
      templates.reload();
    }
  };

  const saved = () => {
    setEditor(null);
    templates.reload();
  };

  return (
    <div className="plan-page templates-page" data-testid="templates-page">
      <div className="page-head">
        <h1>Templates</h1>
        <button type="button" className="primary" onClick={() => setEditor({ kind: 'new' })}>
          New template
        </button>
      </div>

      {catalogue.error !== undefined && <ProblemMessage error={catalogue.error} onRetry={catalogue.reload} />}
      {editor && (
        <TemplateBuilder
          key={editor.kind === 'edit' ? editor.template.id : 'new'}
          fractalId={fractalId}
          {...(editor.kind === 'edit' ? { template: editor.template } : {})}
          activities={activities}
          groups={groups}
          onSaved={saved}
          onCancel={() => setEditor(null)}
        />
      )}

      {actions.error !== undefined && (
        <ProblemMessage
          error={actions.error}
          onRetry={() => {
            actions.clearError();
            templates.reload();
          }}
        />
      )}
      {templates.error !== undefined && <ProblemMessage error={templates.error} onRetry={templates.reload} />}

      {templates.items === undefined ? (
        templates.loading && <Loading label="Loading templates…" />
      ) : templates.items.length === 0 ? (
        <EmptyState
          title="No templates yet"
          action={
            <button type="button" className="primary" onClick={() => setEditor({ kind: 'new' })}>
              Build the first template
            </button>
          }
        >
          A template plans a session: sections with their minutes and the activities to practise.
        </EmptyState>
      ) : (
        <ul className="card-grid" aria-label="Templates">
          {templates.items.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              activityNames={activityNames}
              busy={actions.pending}
              onEdit={() => setEditor({ kind: 'edit', template })}
              onDuplicate={() => void act(() => duplicateTemplate(api, actions.keys, fractalId, template.id))}
              onDelete={() => act(() => deleteTemplate(api, fractalId, template))}
            />
          ))}
        </ul>
      )}
      {templates.hasMore && (
        <button type="button" className="secondary" disabled={templates.loadingMore} onClick={templates.loadMore}>
          {templates.loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { useApiQuery } from '../data/useApiQuery';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ActivityCard } from './ActivityCard';
import { ActivityForm } from './ActivityForm';
import {
  deleteActivity,
  deleteGroup,
  duplicateActivity,
  listActivities,
  listGroups,
  reorderGroups,
} from './api';
import { useWrite } from './common/write';
import { GroupForm } from './GroupForm';
import { groupActivities, moveItem } from './grouping';
import { GroupSection } from './GroupSection';
import type { Activity } from '../api/activities';
import './common/common.css';
import './activities.css';

type Editor =
  | { kind: 'newActivity'; groupId?: string }
  | { kind: 'editActivity'; activity: Activity }
  | { kind: 'newGroup' }
  | { kind: 'editGroup'; groupId: string };

/** `/fractals/:fractalId/activities`: the activity catalogue in its groups. */
export function ActivitiesPage() {
  const { fractalId = '' } = useParams();
  const api = useApi();
  const groups = useApiQuery(`activity-groups:${fractalId}`, (signal) => listGroups(api, fractalId, signal));
  const activities = useApiQuery(`activities:${fractalId}`, (signal) => listActivities(api, fractalId, signal));
  const [editor, setEditor] = useState<Editor | null>(null);
  const actions = useWrite();

  const reload = () => {
    groups.reload();
    activities.reload();
  };

  /** Runs a list action, then shows the list as the server has it (the write's token makes the reload wait for it). */
  const act = async (work: () => Promise<unknown>) => {
    const done = await actions.run(work);
    if (done) {
      reload();
    }
    return done;
  };

  const saved = () => {
    setEditor(null);
    reload();
  };

  const loadError = groups.error ?? activities.error;
  const groupList = groups.data;
  const activityList = activities.data;
  const sections = groupList && activityList ? groupActivities(groupList, activityList) : undefined;
  const groupIds = groupList?.map((group) => group.id) ?? [];

  return (
    <div className="plan-page activities-page" data-testid="activities-page">
      <div className="page-head">
        <h1>Activities</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setEditor({ kind: 'newActivity' })}>
            New activity
          </button>
          <button type="button" className="secondary" onClick={() => setEditor({ kind: 'newGroup' })}>
            New group
          </button>
        </div>
      </div>

      {editor?.kind === 'newGroup' && (
        <GroupForm fractalId={fractalId} onSaved={saved} onCancel={() => setEditor(null)} />
      )}
      {(editor?.kind === 'newActivity' || editor?.kind === 'editActivity') && (
        <ActivityForm
          key={editor.kind === 'editActivity' ? editor.activity.id : `new-${editor.groupId ?? ''}`}
          fractalId={fractalId}
          groups={groupList ?? []}
          {...(editor.kind === 'editActivity' ? { activity: editor.activity } : {})}
          {...(editor.kind === 'newActivity' && editor.groupId ? { groupId: editor.groupId } : {})}
          onSaved={saved}
          onCancel={() => setEditor(null)}
        />
      )}

      {actions.error !== undefined && (
        <ProblemMessage
          error={actions.error}
          onRetry={() => {
            actions.clearError();
            reload();
          }}
        />
      )}
      {loadError !== undefined && <ProblemMessage error={loadError} onRetry={reload} />}

      {sections === undefined ? (
        (groups.loading || activities.loading) && <Loading label="Loading activities…" />
      ) : sections.length === 0 ? (
        <EmptyState
          title="No activities yet"
          action={
            <button type="button" className="primary" onClick={() => setEditor({ kind: 'newActivity' })}>
              Create the first activity
            </button>
          }
        >
          An activity says what you record when you practise it: sets, splits (such as left and right) and metrics.
        </EmptyState>
      ) : (
        sections.map(({ group, activities: members }) => {
          const index = group ? groupIds.indexOf(group.id) : -1;
          return (
            <GroupSection
              key={group?.id ?? 'ungrouped'}
              group={group}
              index={index}
              groupCount={groupIds.length}
              busy={actions.pending}
              editor={
                group && editor?.kind === 'editGroup' && editor.groupId === group.id ? (
                  <GroupForm fractalId={fractalId} group={group} onSaved={saved} onCancel={() => setEditor(null)} />
                ) : undefined
              }
              onMove={(delta) => void act(() => reorderGroups(api, fractalId, moveItem(groupIds, index, delta)))}
              onEdit={() => group && setEditor({ kind: 'editGroup', groupId: group.id })}
              onDelete={() => (group ? act(() => deleteGroup(api, fractalId, group.id)) : Promise.resolve())}
              onAddActivity={() => group && setEditor({ kind: 'newActivity', groupId: group.id })}
            >
              {members.length === 0 ? (
                <p className="muted">No activities in this group yet.</p>
              ) : (
                <ul className="card-grid">
                  {members.map((activity) => (
                    <ActivityCard
                      key={activity.id}
                      activity={activity}
                      busy={actions.pending}
                      onEdit={() => setEditor({ kind: 'editActivity', activity })}
                      onDuplicate={() => void act(() => duplicateActivity(api, actions.keys, fractalId, activity.id))}
                      onDelete={() => act(() => deleteActivity(api, fractalId, activity))}
                    />
                  ))}
                </ul>
              )}
            </GroupSection>
          );
        })
      )}
    </div>
  );
}

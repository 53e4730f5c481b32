import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { ActivitiesTab } from './ActivitiesTab';
import { browserTimeZone, type Scope } from './api';
import { GoalsTab } from './GoalsTab';
import { SessionsTab } from './SessionsTab';
import { Tabs, type TabDefinition } from './Tabs';
import './analytics.css';

type TabKey = 'activities' | 'sessions' | 'goals';

const TABS: readonly TabDefinition<TabKey>[] = [
  { key: 'activities', label: 'Activities' },
  { key: 'sessions', label: 'Sessions' },
  { key: 'goals', label: 'Goals' },
];

const isTab = (value: string | null): value is TabKey => TABS.some((tab) => tab.key === value);

/**
 * `/fractals/:fractalId/analytics`. The tab and the chosen activity live in the URL (`?tab=&activity=`), so a
 * reload or a shared link shows the same chart.
 */
export function AnalyticsPage() {
  const api = useApi();
  const { fractalId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // Read once: the zone does not change while the page is open, and a new one would refetch everything.
  const [tz] = useState(browserTimeZone);
  const tab = params.get('tab');
  const selected: TabKey = isTab(tab) ? tab : 'activities';
  const scope: Scope = { api, fractalId, tz };

  const update = (changes: Record<string, string>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );
  };

  return (
    <div className="page analytics-page">
      <h1>Analytics</h1>
      <Tabs tabs={TABS} selected={selected} onSelect={(key) => update({ tab: key })} label="Analytics">
        {selected === 'activities' && (
          <ActivitiesTab
            scope={scope}
            selectedId={params.get('activity')}
            onSelect={(activityId) => update({ activity: activityId })}
          />
        )}
        {selected === 'sessions' && <SessionsTab scope={scope} />}
        {selected === 'goals' && <GoalsTab scope={scope} />}
      </Tabs>
    </div>
  );
}

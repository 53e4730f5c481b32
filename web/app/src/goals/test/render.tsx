import { Route, Routes, useLocation } from 'react-router-dom';
import type { ApiClient } from '../../api/client';
import { renderInApp } from '../../test/fakes';
import { GoalsPage } from '../GoalsPage';

/** Shows the router's search string, so tests can check what the page put in the URL. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

/** The goals page at its route, as the app mounts it. */
export function renderGoalsPage(api: ApiClient, search = '') {
  return renderInApp(
    <>
      <Routes>
        <Route path="/fractals/:fractalId/goals" element={<GoalsPage />} />
      </Routes>
      <LocationProbe />
    </>,
    { api, path: `/fractals/f1/goals${search}` },
  );
}

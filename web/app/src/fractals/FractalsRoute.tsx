import { useApi } from '../api/ApiContext';
import { FractalsPage } from './FractalsPage';

/** `/`: the fractal selection, with the app's shared API client. */
export function FractalsRoute() {
  return <FractalsPage api={useApi()} />;
}

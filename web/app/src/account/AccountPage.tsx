import { useApi } from '../api/ApiContext';
import { useSession } from '../app/session';
import { useApiQuery } from '../data/useApiQuery';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { DeleteAccount } from './DeleteAccount';
import { ExportData } from './ExportData';

function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** `/account`: who is signed in, the terms they accepted, their data export and account deletion. */
export function AccountPage() {
  const api = useApi();
  const session = useSession();
  const me = useApiQuery('me', (signal) => api.getMe(signal));

  return (
    <div className="page account-page">
      <h1>Account</h1>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd data-testid="account-name">{session.name || '—'}</dd>
          {session.username && (
            <>
              <dt>Username</dt>
              <dd>{session.username}</dd>
            </>
          )}
          <dt>Terms accepted</dt>
          <dd data-testid="terms-accepted">
            {me.data ? (
              me.data.termsAcceptedAt ? (
                `${formatInstant(me.data.termsAcceptedAt)}${me.data.termsVersion ? ` (version ${me.data.termsVersion})` : ''}`
              ) : (
                'Not yet'
              )
            ) : me.loading ? (
              <Loading />
            ) : null}
          </dd>
        </dl>
        {me.error !== undefined && <ProblemMessage error={me.error} onRetry={me.reload} />}
      </section>
      <ExportData />
      <DeleteAccount />
    </div>
  );
}

import { createContext, useContext } from 'react';

/** Who is signed in, as the shell and the account pages need it (a subset of the auth state). */
export interface Session {
  name: string;
  username: string;
  roles: readonly string[];
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession must be used inside <SessionContext>');
  }
  return session;
}

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { displayName } from './displayName';
import { realmRoles } from './roles';
import { signInErrorMessage } from './signInError';
import { initialSignIn, returnState } from './userManager';


export interface AuthState {
  /** True until the initial user (or callback) has been resolved. */
  loading: boolean;
  user: User | null;
  /** Display name from the token profile; empty when signed out. */
  name: string;
  /** preferred_username, what the account deletion asks the user to type. */
  username: string;
  /** Realm roles of the access token (for showing or hiding admin pages only). */
  roles: string[];
  error: string | null;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  getAccessToken: () => Promise<string | null>;
}

const AuthContext = createContext<AuthState | null>(null);

interface AuthProviderProps {
  userManager: UserManager;
  children: ReactNode;
}

export function AuthProvider({ userManager, children }: AuthProviderProps) {
  const [loading, setLoading] = useState(true);
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const onLoaded = (loaded: User) => {
      if (active) {
        setUser(loaded);
      }
    };
    const onUnloaded = () => {
      if (active) {
        setUser(null);
      }
    };
    const onRenewError = (renewError: Error) => {
      console.warn('Silent token renewal failed', renewError);
    };
    userManager.events.addUserLoaded(onLoaded);
    userManager.events.addUserUnloaded(onUnloaded);
    userManager.events.addSilentRenewError(onRenewError);

    initialSignIn(userManager)
      .then((initial) => {
        if (active) {
          setUser(initial && !initial.expired ? initial : null);
        }
      })
      .catch((cause: unknown) => {
        if (active) {
          setError(signInErrorMessage(cause));
        }
      })
      .finally(() => {
        if (active) {
          setLoading(false);
        }
      });

    return () => {
      active = false;
      userManager.events.removeUserLoaded(onLoaded);
      userManager.events.removeUserUnloaded(onUnloaded);
      userManager.events.removeSilentRenewError(onRenewError);
    };
  }, [userManager]);

  const signIn = useCallback(async () => {
    setError(null);
    try {
      // Come back to the page the user asked for (tokens live in memory, so a reload signs in again).
      await userManager.signinRedirect({ state: returnState(window.location) });
    } catch (cause) {
      setError(signInErrorMessage(cause));
    }
  }, [userManager]);

  const signOut = useCallback(async () => {
    try {
      await userManager.signoutRedirect();
    } catch {
      // The identity provider is unreachable: at least forget the tokens here.
      await userManager.removeUser();
    }
  }, [userManager]);

  const getAccessToken = useCallback(async () => {
    const current = await userManager.getUser();
    if (!current) {
      return null;
    }
    if (!current.expired) {
      return current.access_token;
    }
    try {
      // Normally automaticSilentRenew got there first; this covers a tab that slept.
      const renewed = await userManager.signinSilent();
      return renewed?.access_token ?? null;
    } catch {
      return null;
    }
  }, [userManager]);

  const value = useMemo<AuthState>(
    () => ({
      loading,
      user,
      name: user ? displayName(user.profile) : '',
      username: user?.profile.preferred_username ?? '',
      roles: realmRoles(user?.access_token),
      error,
      signIn,
      signOut,
      getAccessToken,
    }),
    [loading, user, error, signIn, signOut, getAccessToken],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth must be used inside <AuthProvider>');
  }
  return value;
}

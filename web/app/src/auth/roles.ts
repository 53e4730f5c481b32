/**
 * Realm roles from a Keycloak access token, read from `realm_access.roles` exactly as the backend's
 * RealmRolesConverter does. The browser only uses them to decide what to show: the server checks the
 * signature and enforces the roles on every request, so an unverified decode is enough here.
 */
export function realmRoles(accessToken: string | null | undefined): string[] {
  const claims = decodePayload(accessToken);
  const realmAccess = claims?.realm_access;
  if (!realmAccess || typeof realmAccess !== 'object') {
    return [];
  }
  const roles = (realmAccess as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

export const ADMIN_ROLE = 'admin';

function decodePayload(token: string | null | undefined): Record<string, unknown> | null {
  const payload = token?.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

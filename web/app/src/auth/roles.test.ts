import { describe, expect, it } from 'vitest';
import { realmRoles } from './roles';

function token(payload: unknown): string {
  const encode = (value: unknown) =>
    Buffer.from(JSON.stringify(value)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.signature`;
}

describe('realmRoles', () => {
  it('reads realm_access.roles like the backend', () => {
    expect(realmRoles(token({ realm_access: { roles: ['user', 'admin'] }, name: 'Zoë' }))).toEqual(['user', 'admin']);
  });

  it('is empty for missing claims and malformed tokens', () => {
    expect(realmRoles(token({ sub: 'x' }))).toEqual([]);
    expect(realmRoles(token({ realm_access: { roles: 'admin' } }))).toEqual([]);
    expect(realmRoles('not-a-jwt')).toEqual([]);
    expect(realmRoles('a.%%%.c')).toEqual([]);
    expect(realmRoles(null)).toEqual([]);
  });
});

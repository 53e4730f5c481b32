export interface NameClaims {
  name?: string | undefined;
  given_name?: string | undefined;
  family_name?: string | undefined;
  preferred_username?: string | undefined;
  email?: string | undefined;
}

/** Picks the best human-readable name from ID token claims. */
export function displayName(profile: NameClaims | null | undefined): string {
  if (!profile) {
    return '';
  }
  const clean = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const name = clean(profile.name);
  if (name) {
    return name;
  }
  const fullName = [clean(profile.given_name), clean(profile.family_name)].filter(Boolean).join(' ');
  if (fullName) {
    return fullName;
  }
  return clean(profile.preferred_username) || clean(profile.email);
}

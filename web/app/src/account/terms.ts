import type { Me } from '../api/types';

/**
 * The version of the terms this build of the app shows and asks users to accept.
 * The only place it is named: change it (with the summary in TermsDialog) to ask everyone again.
 */
export const CURRENT_TERMS_VERSION = '2026-01';

/** Whether `me` has yet to accept the current terms (never accepted, or an older version). */
export function needsTermsAcceptance(me: Pick<Me, 'termsAcceptedAt' | 'termsVersion'>): boolean {
  return me.termsAcceptedAt === null || me.termsVersion !== CURRENT_TERMS_VERSION;
}

// Development only: records that the dev users (alice, bob, admin) accepted the terms, as real TermsAccepted
// events through the API, the way the web app records a user's acceptance. `./fractal up` runs it once the
// system is ready. Each user signs in through the dev-only direct grant of client fractal-cli; a fixed
// Idempotency-Key per user and version, and the account recording a version only once, make a repeat record
// nothing. A failure is reported and does not fail `up`: nothing in the API requires the acceptance.
import { createHash } from 'node:crypto';

const KEYCLOAK = process.env.FRACTAL_KEYCLOAK_URL ?? 'http://localhost:8180';
const API = process.env.FRACTAL_API_URL ?? 'http://localhost:8080';
// The version of the terms the dev users count as having accepted; the web app asks for its own current one.
const TERMS_VERSION = '2026-01';
const DEV_USERS = ['alice', 'bob', 'admin'];

/** A UUID that stays the same for this user and version, so that `up` after `up` replays the first answer. */
function idempotencyKey(user) {
  const hex = createHash('sha256').update(`dev-terms:${user}:${TERMS_VERSION}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function accessToken(user) {
  const response = await fetch(`${KEYCLOAK}/realms/fractal-goals/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: 'fractal-cli',
      grant_type: 'password',
      username: user,
      password: `Fractal-${user}-2026!`,
    }),
  });
  if (!response.ok) {
    throw new Error(`Keycloak answered ${response.status} to the sign-in`);
  }
  return (await response.json()).access_token;
}

async function acceptTerms(user) {
  const response = await fetch(`${API}/api/v1/me/terms`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await accessToken(user)}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': idempotencyKey(user),
    },
    body: JSON.stringify({ version: TERMS_VERSION }),
  });
  if (!response.ok) {
    throw new Error(`the API answered ${response.status}`);
  }
}

let failures = 0;
for (const user of DEV_USERS) {
  try {
    await acceptTerms(user);
  } catch (error) {
    failures++;
    console.error(`warning: could not record that ${user} accepted the terms: ${error.message}`);
  }
}
if (failures === 0) {
  console.log(`dev users have accepted the terms (version ${TERMS_VERSION})`);
}

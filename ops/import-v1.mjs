// Imports a v1.2 SQLite file into the account of a user named by username, as an operator: `./fractal import-v1
// <file.sqlite> --user <username>` runs it. It signs in as an admin, uploads the file to POST
// /api/v1/admin/imports?username=… (the command-service finds the user in Keycloak and imports for them), then follows
// the import, printing progress, and prints the summary. Exit code 0 when the import COMPLETED, 1 otherwise.
//
// Who signs in: FRACTAL_ADMIN_TOKEN if set (a token with the admin role, got any way); otherwise FRACTAL_ADMIN_USER
// (default admin) with FRACTAL_ADMIN_PASSWORD through the direct grant of client fractal-cli, which the development
// realm offers (its admin's password is the default here; dev only).
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';

const KEYCLOAK = process.env.FRACTAL_KEYCLOAK_URL ?? 'http://localhost:8180';
const API = process.env.FRACTAL_API_URL ?? 'http://localhost:8080';
const ADMIN = process.env.FRACTAL_ADMIN_USER ?? 'admin';
const PASSWORD = process.env.FRACTAL_ADMIN_PASSWORD ?? `Fractal-${ADMIN}-2026!`;
const POLL_MS = 1000;

const [file, username] = process.argv.slice(2);

async function signIn() {
  if (process.env.FRACTAL_ADMIN_TOKEN) {
    return process.env.FRACTAL_ADMIN_TOKEN;
  }
  const response = await fetch(`${KEYCLOAK}/realms/fractal-goals/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'fractal-cli', grant_type: 'password', username: ADMIN, password: PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`Keycloak refused the sign-in of ${ADMIN} (HTTP ${response.status}); set FRACTAL_ADMIN_USER and `
      + 'FRACTAL_ADMIN_PASSWORD, or FRACTAL_ADMIN_TOKEN');
  }
  return (await response.json()).access_token;
}

/** A problem detail (RFC 7807) as one line: its detail and the fields at fault. */
async function problem(response) {
  const text = await response.text();
  try {
    const body = JSON.parse(text);
    const fields = (body.errors ?? []).map((error) => `${error.field}: ${error.message}`).join('; ');
    return `HTTP ${response.status} ${body.title ?? ''}${body.detail ? ` – ${body.detail}` : ''}${fields ? ` (${fields})` : ''}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

async function upload(token) {
  const form = new FormData();
  // A blob backed by the file: streamed from disk, never read into memory as a whole.
  form.append('file', await openAsBlob(file), basename(file));
  const response = await fetch(`${API}/api/v1/admin/imports?username=${encodeURIComponent(username)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.status !== 202) {
    throw new Error(`the import was not started: ${await problem(response)}`);
  }
  return response.json();
}

async function follow(id, token) {
  let shown = '';
  for (;;) {
    let response = await fetch(`${API}/api/v1/admin/imports/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    if (response.status === 401 && !process.env.FRACTAL_ADMIN_TOKEN) {
      token = await signIn(); // the token expired during a long import
      response = await fetch(`${API}/api/v1/admin/imports/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    }
    if (!response.ok) {
      throw new Error(`the import's status could not be read: ${await problem(response)}`);
    }
    const status = await response.json();
    const percent = status.total > 0 ? Math.floor((100 * status.processed) / status.total) : 100;
    const line = `${status.status.toLowerCase()}: ${status.processed}/${status.total} rows (${percent}%)`;
    if (line !== shown) {
      console.log(line);
      shown = line;
    }
    if (status.status !== 'RUNNING') {
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function printSummary(status) {
  const { counts = {}, refused = [], warnings = [] } = status.summary ?? {};
  console.log(`\nimport ${status.id}: ${status.status}`);
  if (status.failure) {
    console.log(`failure: ${status.failure}`);
  }
  console.log('imported:');
  const entities = Object.keys(counts).sort();
  if (entities.length === 0) {
    console.log('  nothing');
  }
  for (const entity of entities) {
    console.log(`  ${entity}: ${counts[entity]}`);
  }
  console.log(`refused: ${refused.length}`);
  for (const row of refused) {
    console.log(`  ${row.entity} ${row.sourceId}: ${row.reason}`);
  }
  console.log(`warnings: ${warnings.length}`);
  for (const row of warnings) {
    console.log(`  ${row.entity} ${row.sourceId}: ${row.message}`);
  }
}

try {
  const token = await signIn();
  const started = await upload(token);
  console.log(`import ${started.id} started for ${username} (${started.total} rows)`);
  const finished = await follow(started.id, token);
  printSummary(finished);
  process.exitCode = finished.status === 'COMPLETED' ? 0 : 1;
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
}

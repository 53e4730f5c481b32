// Direct HTTP calls for setup the pages under test do not cover (activities, templates) and for checking
// stored values. Tokens come from Keycloak's dev-only direct grant of client fractal-cli, as in
// keycloak/accept-dev-terms.mjs.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE_URL, PASSWORD, USER } from './browser.mjs';

const KEYCLOAK = (process.env.FRACTAL_KEYCLOAK_URL || 'http://localhost:8180').replace(/\/+$/, '');

export async function apiClient() {
  const response = await fetch(`${KEYCLOAK}/realms/fractal-goals/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'fractal-cli', grant_type: 'password', username: USER, password: PASSWORD }),
  });
  assert.equal(response.status, 200, `Keycloak answered ${response.status} to the direct grant`);
  const token = (await response.json()).access_token;
  let consistency;

  async function call(method, path, body) {
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json, application/problem+json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method === 'POST') {
      headers['Idempotency-Key'] = randomUUID();
    }
    if (method === 'GET' && consistency) {
      headers['X-Consistency-Token'] = consistency;
    }
    const res = await fetch(`${BASE_URL}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const received = res.headers.get('X-Consistency-Token');
    if (received) {
      consistency = received;
    }
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  return {
    call,
    async get(path) {
      const res = await call('GET', path);
      assert.equal(res.status, 200, `GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async post(path, body) {
      const res = await call('POST', path, body);
      assert.ok(res.status === 201 || res.status === 200, `POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
}

/** Finds a goal by name anywhere in a tree answer. */
export function findGoal(node, name) {
  if (node.name === name) {
    return node;
  }
  for (const child of node.children ?? []) {
    const found = findGoal(child, name);
    if (found) {
      return found;
    }
  }
  return undefined;
}

export function allGoals(node) {
  return [node, ...(node.children ?? []).flatMap(allGoals)];
}

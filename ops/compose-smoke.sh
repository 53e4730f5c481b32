#!/usr/bin/env bash
# Smoke test of a running stack (docker compose up -d --wait), through the web entry as a browser would use it:
# a token from Keycloak (the dev user's password, through the dev-only direct grant of client fractal-cli), a
# command that creates a fractal, and a read of it back with the command's consistency token. Also the edge's own
# rules: the app's page with its CSP, /actuator not reachable, the API refusing a call without a token.
#
#   ops/compose-smoke.sh                      # against http://localhost:8080 and http://localhost:8180
#   FRACTAL_API_URL=... FRACTAL_KEYCLOAK_URL=... FRACTAL_SMOKE_USER=bob ops/compose-smoke.sh
#
# Needs bash, curl and python3 (for JSON). Exits non-zero on the first failed step; bounded waits only.
set -euo pipefail

API="${FRACTAL_API_URL:-http://localhost:8080}"
KEYCLOAK="${FRACTAL_KEYCLOAK_URL:-http://localhost:8180}"
REALM="${FRACTAL_REALM:-fractal-goals}"
SMOKE_USER="${FRACTAL_SMOKE_USER:-alice}"
SMOKE_PASSWORD="${FRACTAL_SMOKE_PASSWORD:-Fractal-$SMOKE_USER-2026!}"
EXPECTED_ISSUER="${FRACTAL_EXPECTED_ISSUER:-$KEYCLOAK/realms/$REALM}"
WAIT_SECONDS="${FRACTAL_SMOKE_WAIT:-180}"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
passed=0

fail() {
  echo "FAIL: $*" >&2
  echo "compose smoke: $passed passed, 1 failed"
  exit 1
}
ok() {
  passed=$((passed + 1))
  echo "ok: $*"
}
# json FILE EXPRESSION: evaluates a Python expression over the parsed document `d`.
json() { python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }
# header FILE NAME: the first value of a response header, from curl -D output.
header() { tr -d '\r' <"$1" | awk -v name="$2" -F': ' 'tolower($1) == tolower(name) {print substr($0, length($1) + 3); exit}'; }

wait_for() { # description, url
  local waited=0
  until [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$2")" = "200" ]; do
    [ "$waited" -lt "$WAIT_SECONDS" ] || fail "$1 did not answer 200 within ${WAIT_SECONDS}s ($2)"
    sleep 2
    waited=$((waited + 2))
  done
  ok "$1 answers ($2)"
}

wait_for "Keycloak's realm" "$KEYCLOAK/realms/$REALM/.well-known/openid-configuration"
wait_for "the web entry" "$API/"

# The app's page, with the entry's security headers.
curl -s -D "$WORK/page.headers" -o "$WORK/page.html" "$API/fractals/some/app/route"
grep -qi '<div id="root"\|<script' "$WORK/page.html" || fail "an app route did not answer the app's page"
csp="$(header "$WORK/page.headers" Content-Security-Policy)"
case "$csp" in
  *"frame-ancestors 'none'"*"$KEYCLOAK"* | *"$KEYCLOAK"*"frame-ancestors 'none'"*) ok "app route serves the page with a CSP naming $KEYCLOAK" ;;
  *) fail "the page's Content-Security-Policy is [$csp]" ;;
esac

status="$(curl -s -o /dev/null -w '%{http_code}' "$API/actuator/health")"
[ "$status" = "404" ] || fail "/actuator/health through the entry answered $status, not 404"
ok "/actuator is not reachable through the entry"

status="$(curl -s -o "$WORK/anonymous.json" -w '%{http_code}' "$API/api/v1/fractals")"
[ "$status" = "401" ] || fail "an API call without a token answered $status, not 401"
ok "the API refuses a call without a token"

# A token, as the dev-only CLI client gets one.
status="$(curl -s -o "$WORK/token.json" -w '%{http_code}' \
  --data-urlencode "client_id=fractal-cli" --data-urlencode "grant_type=password" \
  --data-urlencode "username=$SMOKE_USER" --data-urlencode "password=$SMOKE_PASSWORD" \
  "$KEYCLOAK/realms/$REALM/protocol/openid-connect/token")"
[ "$status" = "200" ] || fail "Keycloak answered $status to the password grant: $(cat "$WORK/token.json")"
token="$(json "$WORK/token.json" 'd["access_token"]')"
issuer="$(python3 -c 'import base64, json, sys
part = sys.argv[1].split(".")[1]
print(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))["iss"])' "$token")"
[ "$issuer" = "$EXPECTED_ISSUER" ] || fail "the token's issuer is $issuer, not $EXPECTED_ISSUER"
ok "signed in as $SMOKE_USER; issuer $issuer"

# A command through the entry (routed to the command-service).
name="Smoke test $(date -u +%Y-%m-%dT%H:%M:%SZ) $$"
key="$(python3 -c 'import uuid; print(uuid.uuid4())')"
body="$(python3 -c 'import json, sys; print(json.dumps({"name": sys.argv[1], "description": "compose smoke test"}))' "$name")"
status="$(curl -s -D "$WORK/create.headers" -o "$WORK/create.json" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
  --data "$body" "$API/api/v1/fractals")"
[ "$status" = "201" ] || fail "creating a fractal answered $status: $(cat "$WORK/create.json")"
fractal="$(json "$WORK/create.json" 'd["id"]')"
consistency="$(header "$WORK/create.headers" X-Consistency-Token)"
[ -n "$consistency" ] || fail "the command's answer has no X-Consistency-Token"
ok "created fractal $fractal (consistency token $consistency)"

# The same command again with the same key: the first answer, nothing applied twice.
status="$(curl -s -D "$WORK/again.headers" -o "$WORK/again.json" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
  --data "$body" "$API/api/v1/fractals")"
if [ "$status" != "201" ] || [ "$(json "$WORK/again.json" 'd["id"]')" != "$fractal" ]; then
  fail "the repeated command answered $status: $(cat "$WORK/again.json")"
fi
[ "$(header "$WORK/again.headers" Idempotent-Replayed)" = "true" ] || fail "the repeat was not marked Idempotent-Replayed"
ok "a repeat with the same Idempotency-Key replays the first answer"

# Read it back through the entry (routed to the query-service), waiting on the consistency token.
status="$(curl -s -o "$WORK/tree.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
  -H "X-Consistency-Token: $consistency" "$API/api/v1/fractals/$fractal/tree")"
[ "$status" = "200" ] || fail "reading the tree with the consistency token answered $status: $(cat "$WORK/tree.json")"
[ "$(json "$WORK/tree.json" 'd["name"]')" = "$name" ] || fail "the tree's root is not named [$name]: $(cat "$WORK/tree.json")"
ok "read the fractal back with the consistency token: root named [$name]"

status="$(curl -s -o "$WORK/list.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$API/api/v1/fractals?limit=200")"
[ "$status" = "200" ] || fail "listing fractals answered $status"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if any(i.get("id") == sys.argv[2] for i in d["items"]) else 1)' \
  "$WORK/list.json" "$fractal" || fail "the new fractal is not in the user's list"
ok "the new fractal is in the user's list"

echo "compose smoke: $passed passed, 0 failed"

#!/usr/bin/env bash
# Checks web/nginx's configuration with a real nginx (Debian's nginx-light is enough) on this machine, without
# Docker: renders the templates as the image's entrypoint does (envsubst of the set variables only), serves a
# stand-in app, points the upstreams at two stand-in services that echo what they received, and asserts the
# contract's routing, headers, limits and caching. Ports: 18090 (entry), 18091 (command), 18092 (query), or
# FRACTAL_NGINX_CHECK_PORT and the two after it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
BASE_PORT="${FRACTAL_NGINX_CHECK_PORT:-18090}"
ENTRY=$BASE_PORT
COMMAND=$((BASE_PORT + 1))
QUERY=$((BASE_PORT + 2))
WORK="$(mktemp -d)"
chmod 755 "$WORK" # nginx's workers run as another user
PIDS=()

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -x "$NGINX" ] || { echo "nginx not found (apt-get install nginx-light)" >&2; exit 1; }
command -v envsubst >/dev/null || { echo "envsubst not found (apt-get install gettext-base)" >&2; exit 1; }

# The stand-in app: a page, a hashed asset and a plain file.
mkdir -p "$WORK/html/assets" "$WORK/conf.d/fractal" "$WORK/fractal" "$WORK/logs"
echo '<!doctype html><title>app</title>' >"$WORK/html/index.html"
printf 'console.log("%05000d");\n' 0 >"$WORK/html/assets/index-abc123.js"
echo '<svg xmlns="http://www.w3.org/2000/svg"/>' >"$WORK/html/favicon.svg"

# The templates, rendered the way the nginx image's entrypoint renders them.
export FRACTAL_COMMAND_SERVICE_ADDRESS="127.0.0.1:$COMMAND" FRACTAL_QUERY_SERVICE_ADDRESS="127.0.0.1:$QUERY"
export FRACTAL_WEB_OIDC_ORIGIN="https://id.example.test" FRACTAL_WEB_HSTS=""
# shellcheck disable=SC2016 # the names themselves, for envsubst
variables='${FRACTAL_COMMAND_SERVICE_ADDRESS} ${FRACTAL_QUERY_SERVICE_ADDRESS} ${FRACTAL_WEB_OIDC_ORIGIN} ${FRACTAL_WEB_HSTS}'
envsubst "$variables" <"$HERE/templates/default.conf.template" \
  | sed -e "s#listen 8080;#listen 127.0.0.1:$ENTRY;#" \
        -e "s#/etc/nginx/conf.d/#$WORK/conf.d/#g" -e "s#/etc/nginx/fractal/#$WORK/fractal/#g" \
        -e "s#root /usr/share/nginx/html;#root $WORK/html;#" >"$WORK/conf.d/default.conf"
envsubst "$variables" <"$HERE/templates/fractal/security-headers.conf.template" >"$WORK/conf.d/fractal/security-headers.conf"
cp "$HERE/proxy.conf" "$WORK/fractal/proxy.conf"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $WORK/tmp-body;
  proxy_temp_path $WORK/tmp-proxy;
  include $WORK/conf.d/default.conf;
}
CONF

# The stand-in services: answer {service, method, path, forwardedFor, host, proto, bodyBytes}.
cat >"$WORK/echo.py" <<'PY'
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
name, port = sys.argv[1], int(sys.argv[2])
class Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        received = 0
        while received < length:
            chunk = self.rfile.read(min(65536, length - received))
            if not chunk:
                break
            received += len(chunk)
        body = json.dumps({"service": name, "method": self.command, "path": self.path,
                           "forwardedFor": self.headers.get("X-Forwarded-For"), "host": self.headers.get("Host"),
                           "proto": self.headers.get("X-Forwarded-Proto"), "bodyBytes": received}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = answer
    def log_message(self, *args):
        pass
ThreadingHTTPServer(("127.0.0.1", port), Echo).serve_forever()
PY
python3 "$WORK/echo.py" command "$COMMAND" & PIDS+=($!)
python3 "$WORK/echo.py" query "$QUERY" & PIDS+=($!)

"$NGINX" -t -q -c "$WORK/nginx.conf" -p "$WORK" 2>&1 | grep -v 'could not open error log file' >&2 || true
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" 2> >(grep -v 'could not open error log file' >&2)
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$ENTRY/" && curl -s -o /dev/null "http://127.0.0.1:$QUERY/" \
    && curl -s -o /dev/null "http://127.0.0.1:$COMMAND/" && break
  sleep 0.1
done

failures=0
passed=0
check() { # description, expected, actual
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    failures=$((failures + 1))
    echo "FAIL: $1: expected [$2], got [$3]" >&2
  fi
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin).get('$1'))"; }
routed() { # method, path -> service that answered
  curl -s -X "$1" "http://127.0.0.1:$ENTRY$2" | field service
}
header() { # path, header name -> value (first), for a GET
  curl -s -D - -o /dev/null "http://127.0.0.1:$ENTRY$1" | tr -d '\r' | awk -v name="$2" -F': ' 'tolower($1) == tolower(name) {print $2; exit}'
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

# Routing (ApiRoutes): reads to the query-service, everything else to the command-service, admin always to the query-service
# (imports, below, always to the command-service).
check "GET /api/v1/fractals" query "$(routed GET /api/v1/fractals)"
check "HEAD goes to the query-service" 200 "$(status -I "http://127.0.0.1:$ENTRY/api/v1/fractals")"
check "POST /api/v1/fractals" command "$(routed POST /api/v1/fractals)"
check "PATCH a goal" command "$(routed PATCH /api/v1/fractals/1/goals/2)"
check "DELETE a fractal" command "$(routed DELETE /api/v1/fractals/1)"
check "PUT sets" command "$(routed PUT /api/v1/fractals/1/sessions/2/activities/3/sets)"
check "OPTIONS (CORS preflight)" command "$(routed OPTIONS /api/v1/fractals)"
check "POST admin replay" query "$(routed POST /api/v1/admin/projections/goal-tree/replay)"
check "DELETE admin replay" query "$(routed DELETE /api/v1/admin/projections/goal-tree/replay)"
check "GET admin" query "$(routed GET /api/v1/admin/projections)"
check "POST /api/v1/administrator is not admin" command "$(routed POST /api/v1/administrator)"
check "GET /api itself" query "$(routed GET /api)"
check "path and query string pass unchanged" "/api/v1/fractals?limit=5&cursor=a%2Fb" \
  "$(curl -s "http://127.0.0.1:$ENTRY/api/v1/fractals?limit=5&cursor=a%2Fb" | field path)"

# X-Forwarded-For is the peer, replacing what the client sent; the proto is passed.
check "X-Forwarded-For replaced by the peer" 127.0.0.1 \
  "$(curl -s -H 'X-Forwarded-For: 203.0.113.9' "http://127.0.0.1:$ENTRY/api/v1/fractals" | field forwardedFor)"
check "X-Forwarded-Proto" http "$(curl -s "http://127.0.0.1:$ENTRY/api/v1/fractals" | field proto)"
check "Host as the client sent it" "127.0.0.1:$ENTRY" "$(curl -s "http://127.0.0.1:$ENTRY/api/v1/fractals" | field host)"

# /actuator is never forwarded, nor served.
check "/actuator/health" 404 "$(status "http://127.0.0.1:$ENTRY/actuator/health")"
check "/actuator" 404 "$(status "http://127.0.0.1:$ENTRY/actuator")"
check "/api/../actuator/prometheus" 404 "$(status --path-as-is "http://127.0.0.1:$ENTRY/api/../actuator/prometheus")"

# Body limits: 1 MB everywhere, 512 MB on /api/v1/imports and /api/v1/admin/imports.
head -c 2000000 /dev/zero >"$WORK/two-megabytes"
check "2 MB command body refused" 413 "$(status -X POST --data-binary @"$WORK/two-megabytes" "http://127.0.0.1:$ENTRY/api/v1/fractals")"
check "2 MB import accepted" 2000000 \
  "$(curl -s -X POST --data-binary @"$WORK/two-megabytes" "http://127.0.0.1:$ENTRY/api/v1/imports" | field bodyBytes)"
check "imports are commands when posted" command \
  "$(curl -s -X POST --data-binary @"$WORK/two-megabytes" "http://127.0.0.1:$ENTRY/api/v1/imports" | field service)"
check "an import is read from the command-service" command "$(routed GET /api/v1/imports/1)"
check "2 MB admin import accepted" 2000000 \
  "$(curl -s -X POST --data-binary @"$WORK/two-megabytes" "http://127.0.0.1:$ENTRY/api/v1/admin/imports?username=a" | field bodyBytes)"
check "admin imports go to the command-service" command "$(routed POST "/api/v1/admin/imports?username=a")"
check "an admin import is read from the command-service" command "$(routed GET /api/v1/admin/imports/1)"

# The app: routes get the page, missing files 404, caching as built.
check "/ is the page" 200 "$(status "http://127.0.0.1:$ENTRY/")"
check "an app route is the page" '<!doctype html><title>app</title>' "$(curl -s "http://127.0.0.1:$ENTRY/fractals/abc/sessions")"
check "a missing asset" 404 "$(status "http://127.0.0.1:$ENTRY/assets/missing-123.js")"
check "a missing asset without a dot" 404 "$(status "http://127.0.0.1:$ENTRY/assets/missing")"
check "a missing file" 404 "$(status "http://127.0.0.1:$ENTRY/robots.txt")"
check "a file" 200 "$(status "http://127.0.0.1:$ENTRY/favicon.svg")"
check "hashed assets are immutable" "public, max-age=31536000, immutable" "$(header /assets/index-abc123.js Cache-Control)"
check "the page is revalidated" no-cache "$(header / Cache-Control)"
check "an app route is revalidated" no-cache "$(header /callback Cache-Control)"
check "index.html is revalidated" no-cache "$(header /index.html Cache-Control)"
check "gzip" gzip "$(curl -s -H 'Accept-Encoding: gzip' -D - -o /dev/null "http://127.0.0.1:$ENTRY/assets/index-abc123.js" | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}')"

# Security headers (SecurityHeaders.java) on the app, not on API answers; no HSTS unless configured.
csp="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' https://id.example.test; frame-src https://id.example.test; form-action 'self' https://id.example.test; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
for path in / /callback /assets/index-abc123.js /favicon.svg /assets/missing.js; do
  check "CSP on $path" "$csp" "$(header "$path" Content-Security-Policy)"
  check "nosniff on $path" nosniff "$(header "$path" X-Content-Type-Options)"
  check "X-Frame-Options on $path" DENY "$(header "$path" X-Frame-Options)"
  check "Referrer-Policy on $path" strict-origin-when-cross-origin "$(header "$path" Referrer-Policy)"
  check "Permissions-Policy on $path" "camera=(), microphone=(), geolocation=(), payment=()" "$(header "$path" Permissions-Policy)"
done
check "no HSTS by default" "" "$(header / Strict-Transport-Security)"
check "no CSP of the entry's on API answers" "" "$(header /api/v1/fractals Content-Security-Policy)"
check "no nginx version" nginx "$(header / Server)"

echo "nginx routing check: $passed passed, $failures failed"
[ "$failures" -eq 0 ]

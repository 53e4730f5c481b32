# Sourced by the scripts in ops/: errors, the database argument and PostgreSQL's client tools.
# Backups of the event store and of the key store are described in docs/backup.md.

die() {
  echo "error: $*" >&2
  exit 1
}

# True when the argument names a database (libpq URI, or the JDBC form FRACTAL_DB_URL may have).
is_database_uri() {
  case "$1" in
    postgres://* | postgresql://* | jdbc:postgresql://*) return 0 ;;
    *) return 1 ;;
  esac
}

# The database to work on as a libpq URI: the given one, else FRACTAL_DB_URL.
database_uri() {
  local uri="${1:-${FRACTAL_DB_URL:-}}"
  [ -n "$uri" ] || die "no database: pass a URI such as postgresql://fractal@localhost:15432/fractal (./fractal status prints it) or set FRACTAL_DB_URL"
  is_database_uri "$uri" || die "not a PostgreSQL URI (postgresql://user[:password]@host:port/database)"
  echo "${uri#jdbc:}"
}

# The URI without credentials or parameters, for messages: it may carry a password.
shown() {
  echo "$1" | sed -E 's#//[^@/]*@#//#; s#\?.*$##'
}

# A client tool: from PG_BIN if set, else the PATH, else the newest /usr/lib/postgresql/<version>/bin.
pg_tool() {
  local tool="$1" found=""
  if [ -n "${PG_BIN:-}" ]; then
    found="$PG_BIN/$tool"
    [ -x "$found" ] || die "$found not found or not executable (PG_BIN=$PG_BIN)"
  elif command -v "$tool" >/dev/null 2>&1; then
    found="$(command -v "$tool")"
  else
    found="$(ls -d /usr/lib/postgresql/*/bin/"$tool" 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$found" ] || die "$tool not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client), at least the server's major version, or set PG_BIN"
  fi
  echo "$found"
}

PG_DUMP="$(pg_tool pg_dump)"
PG_RESTORE="$(pg_tool pg_restore)"
PSQL="$(pg_tool psql)"

# psql on $URI, stopping at the first error, printing bare values.
sql() {
  "$PSQL" -X -q -At -v ON_ERROR_STOP=1 -d "$URI" "$@"
}

# Running services hold connections, caches of data keys and processors' positions: a restore or a re-shred
# under them would leave them working on a state that is gone. Sessions of a role count, autovacuum does not (a
# role that is not a superuser sees no backend_type of other roles' sessions), and one that is just closing gets
# two seconds to go.
refuse_if_in_use() {
  local others attempt
  for attempt in 1 2 3; do
    others="$(sql -c "select count(*) from pg_stat_activity
                      where datname = current_database() and pid <> pg_backend_pid() and usesysid is not null
                        and coalesce(backend_type, 'client backend') = 'client backend'")" ||
      die "cannot connect to $(shown "$URI")"
    [ "$others" != 0 ] || return 0
    [ "$attempt" = 3 ] || sleep 1
  done
  die "$others other connection(s) to $(shown "$URI"): stop the services first (see docs/backup.md)"
}

# The archive's table of contents, one entry per line as "<kind> <schema> <name> <owner>" (for example
# "TABLE DATA eventstore user_data_key fractal"), from pg_restore --list without its comments and ids.
dump_entries() {
  local listing
  [ -r "$1" ] || die "cannot read $1"
  listing="$("$PG_RESTORE" --list "$1" 2>&1)" ||
    die "$1 is not a pg_dump archive in custom format, or a newer pg_dump wrote it than $PG_RESTORE can read: $listing"
  echo "$listing" | sed -E '/^;/d; /^$/d; s/^[0-9]+; [0-9]+ [0-9]+ //'
}

# A file name stamp in UTC, sortable, to the millisecond so that two backups never share a name.
utc_stamp() {
  date -u +%Y%m%dT%H%M%S.%3NZ
}

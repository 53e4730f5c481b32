#!/usr/bin/env bash
# Runs once, when the compose stack's PostgreSQL starts on an empty volume (docker-entrypoint-initdb.d): one
# database and owner for Fractal Goals (the services create their schemas with Flyway: eventstore, command, query)
# and one for Keycloak, each with its own password from the environment.
set -euo pipefail

: "${FRACTAL_DB_PASSWORD:?FRACTAL_DB_PASSWORD must be set}"
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD must be set}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v fractal_password="$FRACTAL_DB_PASSWORD" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE fractal LOGIN PASSWORD :'fractal_password';
CREATE DATABASE fractal OWNER fractal;
REVOKE ALL ON DATABASE fractal FROM PUBLIC;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL

#!/usr/bin/env bash
# Ensures a PostgreSQL server for Warden's storage tests is installed, running and reachable, then prints
#   export WARDEN_TEST_POSTGRES='Host=127.0.0.1;Port=...;Username=...;Password=...;Database=...'
# on stdout. Everything else goes to stderr, so callers can do: eval "$(scripts/ensure-postgres.sh)"
# Sourcing works too: the variable is then exported into the caller's shell.
#
# It runs its own cluster (data directory $WARDEN_PG_DIR, default /tmp/warden-pg) on 127.0.0.1:$WARDEN_PG_PORT
# (default 55432), separate from any system cluster, so it never touches a cluster someone else relies on.
# Idempotent and fast when the cluster is already up. Installing needs root (apt-get); as root the server runs
# as the 'postgres' user because PostgreSQL refuses to run as root.

_warden_ensure_postgres() (
set -euo pipefail
# The 'postgres' user may not be able to read the caller's directory (e.g. /root).
cd /

PG_DIR="${WARDEN_PG_DIR:-/tmp/warden-pg}"
PG_PORT="${WARDEN_PG_PORT:-55432}"
PG_USER="warden_test"
PG_DB="warden_test"

log() { echo "ensure-postgres: $*" >&2; }

find_bindir() {
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n "$d" && -x "$d/pg_ctl" ]]; then echo "$d"; fi
}

BINDIR="$(find_bindir)"
if [[ -z "$BINDIR" ]]; then
    if [[ "$(id -u)" -ne 0 ]]; then
        log "PostgreSQL is not installed and installing it needs root. Run: sudo apt-get install -y postgresql"
        exit 1
    fi
    log "installing PostgreSQL (apt-get)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # The Debian package would start its own cluster on 5432; we only need the binaries.
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BINDIR="$(find_bindir)"
    if [[ -z "$BINDIR" ]]; then log "PostgreSQL binaries not found after installing"; exit 1; fi
fi

# PostgreSQL will not run as root: as root, act as the 'postgres' OS user (created by the package).
if [[ "$(id -u)" -eq 0 ]]; then
    OS_USER="postgres"
    as_pg() { runuser -u postgres -- "$@"; }
else
    OS_USER="$(id -un)"
    as_pg() { "$@"; }
fi

psql_admin() {
    # Local socket in the data directory, trust auth for the cluster owner only.
    as_pg "$BINDIR/psql" -h "$PG_DIR" -p "$PG_PORT" -U "$OS_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

if [[ ! -s "$PG_DIR/PG_VERSION" ]]; then
    log "initialising a cluster in $PG_DIR"
    mkdir -p "$PG_DIR"
    chown "$OS_USER" "$PG_DIR"
    chmod 700 "$PG_DIR"
    as_pg "$BINDIR/initdb" -D "$PG_DIR" -U "$OS_USER" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --no-locale >/dev/null
    cat >>"$PG_DIR/postgresql.conf" <<CONF
# Warden test cluster: loopback only, socket beside the data, lean on a small shared machine.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 200
shared_buffers = 64MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
fi

if [[ ! -s "$PG_DIR/warden-test.password" ]]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$PG_DIR/warden-test.password")
    chown "$OS_USER" "$PG_DIR/warden-test.password"
fi
PG_PASSWORD="$(cat "$PG_DIR/warden-test.password")"

if ! as_pg "$BINDIR/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_pg "$BINDIR/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null
fi

for _ in $(seq 1 60); do
    if as_pg "$BINDIR/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -q; then break; fi
    sleep 0.5
done
as_pg "$BINDIR/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -q || { log "PostgreSQL did not become ready; see $PG_DIR/server.log"; exit 1; }

# Role and database: CREATEDB because the contract tests create one database per test class.
if [[ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != "1" ]]; then
    log "creating role $PG_USER"
    psql_admin -c "CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
else
    psql_admin -c "ALTER ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
fi
if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != "1" ]]; then
    log "creating database $PG_DB"
    psql_admin -c "CREATE DATABASE $PG_DB OWNER $PG_USER"
fi

echo "export WARDEN_TEST_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DB'"
)

# Executed: print the export line for eval. Sourced: export into the caller's shell.
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
    _warden_pg_export="$(_warden_ensure_postgres)" || return $?
    eval "$_warden_pg_export"
    unset _warden_pg_export
    unset -f _warden_ensure_postgres
else
    _warden_ensure_postgres
fi

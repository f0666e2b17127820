#!/usr/bin/env bash
# Benchmark of the packaged service against a 100,000-project / 100,000-press-release database.
# One command:   bench/run.sh
#
# Builds the app with the bench build profile in a copy of the work tree, recreates the database
# ilo_bench (Flyway migrations from a first start, then bench/generate.sql), starts the service pinned
# to core 1 (load generators on core 0), warms it up, measures (each figure the median of 3 runs of 20 s
# at 16 connections) and prints one table with PASS/MISS against the targets; the same table and the
# machine's description go to bench/results/<YYYY-MM-DD>.md, raw outputs to bench/work/bench-<time>/.
# Takes about 13 minutes on 2 cores. Details: bench/README.md.
#
# Environment (all optional):
#   BENCH_DB            database to drop, recreate and leave for inspection (default ilo_bench)
#   BENCH_CONNECTIONS   connections of the closed-loop runs and pgbench clients (default 16)
#   BENCH_DURATION      seconds per measured run (default 20)        BENCH_RUNS   runs per figure (default 3)
#   BENCH_WARMUP        seconds of mixed warm-up load (default 60)
#   BENCH_OPEN_CONNECTIONS  connections of the open-loop latency run (default 100)
#   BENCH_BUILD_DIR     where the work tree is copied and built (default ${TMPDIR:-/tmp}/ilo-bench-build)
#   BENCH_PORT          the service's port (default: a free one)
#   BENCH_SERVICE_ENV   extra environment of the service, "NAME=value NAME2=value2" (default none): for
#                       diagnosis only, e.g. to measure with a configuration change; the results say so
#   BENCH_LABEL         suffix of the results file: bench/results/<YYYY-MM-DD>-<label>.md
#   BENCH_WALK_TIMEOUT  seconds allowed for walking 2,000 pages (default 90; it takes about 15)
#   BENCH_REUSE_BUILD=1 / BENCH_REUSE_DB=1   skip the build / the database regeneration (development of
#                       this script only; the results file then says so)
#   BENCH_PEER=directus also measures Directus 12.4.0 (bench/peer/directus.sh: installed outside the
#                       repository, its own database ilo_bench_directus) on the same rows, pinned core and
#                       load, interleaved with the service's rounds; the table gets service/Directus ratios
#   BENCH_PEER_ROWS     projects loaded into the peer (default 100000)
#   BENCH_PEER_WARMUP   seconds of mixed warm-up load for the peer (default BENCH_WARMUP)
#   PGHOST, PGPORT, PGUSER   the PostgreSQL server (default 127.0.0.1, 5432, postgres with trust auth)
# Exit status: 0 when every target passes, 1 when a target is missed, 2 when the benchmark could not run.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib.sh
. "$BENCH/lib.sh"
ROOT=$(dirname "$BENCH")
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-ilo_bench}
CONN=${BENCH_CONNECTIONS:-16}
DUR=${BENCH_DURATION:-20}
RUNS=${BENCH_RUNS:-3}
WARMUP=${BENCH_WARMUP:-60}
OPEN_CONN=${BENCH_OPEN_CONNECTIONS:-100}
BUILD_DIR=${BENCH_BUILD_DIR:-${TMPDIR:-/tmp}/ilo-bench-build}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BENCH/work/bench-$STAMP"
RESULTS_DIR="$BENCH/results"
RESULTS="$RESULTS_DIR/$(date +%F)${BENCH_LABEL:+-$BENCH_LABEL}.md"
read -r -a SERVICE_ENV <<<"${BENCH_SERVICE_ENV:-}"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
START_S=$(date +%s)
APP_PID=""
SAMPLER_PID=""
PINNED=0
PEER=${BENCH_PEER:-}
case "$PEER" in ''|directus) ;; *) echo "BENCH_PEER must be directus or empty, not $PEER" >&2; exit 2 ;; esac

mkdir -p "$OUT" "$RESULTS_DIR"
cd "$OUT"   # the service's working directory too: no stray .env or config/ of the work tree applies

log() { printf '[%4ss] %s\n' "$(($(date +%s) - START_S))" "$*" | tee -a "$OUT/run.log" >&2; }
die() { log "FAILED: $*"; exit 2; }
note() { printf '%s\n' "$*" >>"$OUT/notes.txt"; log "NOTE: $*"; }   # also from subshells

stop_service() {
  [ -n "$APP_PID" ] || return 0
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 400); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

cleanup() {
  local rc=$?
  set +e
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null; fi
  stop_service
  ! declare -F peer_stop >/dev/null || peer_stop
  log "Raw outputs in $OUT; database $DB left for inspection (dropped at the next run)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------------------------------------ prerequisites
SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    "${SUDO[@]}" apt-get update -q >>"$OUT/apt.log" 2>&1 || true
    APT_UPDATED=1
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$OUT/apt.log" 2>&1
}
for tool in curl jq java psql awk; do command -v "$tool" >/dev/null || die "$tool is required"; done
if ! command -v wrk >/dev/null; then
  log "Installing wrk (Debian package)"
  apt_install wrk || { tail -n 20 "$OUT/apt.log"; die "could not install wrk"; }
fi
if ! command -v pgbench >/dev/null || ! pgbench --version >/dev/null 2>&1; then
  log "Installing pgbench (Debian package postgresql-client, or postgresql-contrib)"
  apt_install postgresql-client || true
  { command -v pgbench >/dev/null && pgbench --version >/dev/null 2>&1; } || apt_install postgresql-contrib || true
fi
pgbench --version >/dev/null 2>&1 || die "pgbench is not installed"
command -v taskset >/dev/null || apt_install util-linux || true

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

pg_up() { (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null; }
PG_CLUSTER=""
if command -v pg_lsclusters >/dev/null; then
  PG_CLUSTER=$(pg_lsclusters -h 2>/dev/null | awk -v p="$PGPORT" '$3 == p { print $1 " " $2; exit }')
fi
if ! pg_up && [ -n "$PG_CLUSTER" ]; then
  log "PostgreSQL is down; starting cluster $PG_CLUSTER"
  pg_ctlcluster --skip-systemctl-redirect $PG_CLUSTER start
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
pg_up || die "PostgreSQL is not reachable on $PGHOST:$PGPORT"

# pg_stat_statements must be preloaded (a server restart); the extension is created in $DB only.
preload=$(psql -X -A -t -d postgres -c "SHOW shared_preload_libraries")
if [[ ",${preload// /}," != *",pg_stat_statements,"* ]]; then
  [ -n "$PG_CLUSTER" ] || die "pg_stat_statements is not in shared_preload_libraries and the server is not a local cluster this script can restart"
  wanted=${preload:+$preload, }pg_stat_statements
  log "pg_stat_statements is not in shared_preload_libraries ('$preload'): ALTER SYSTEM SET shared_preload_libraries = '$wanted' and restarting PostgreSQL ($PG_CLUSTER)"
  psql -X -q -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = '$wanted'"
  pg_ctlcluster --skip-systemctl-redirect $PG_CLUSTER restart
  for _ in $(seq 1 60); do pg_up && psql -X -A -t -d postgres -c "SELECT 1" >/dev/null 2>&1 && break; sleep 0.5; done
  note "pg_stat_statements was enabled by this run (ALTER SYSTEM SET shared_preload_libraries, PostgreSQL restarted)"
fi
[[ ",$(psql -X -A -t -d postgres -c "SHOW shared_preload_libraries" | tr -d ' ')," == *",pg_stat_statements,"* ]] \
  || die "pg_stat_statements is still not preloaded"

# ------------------------------------------------------------------------------------ build
APP_JAR="$BUILD_DIR/target/quarkus-app/quarkus-run.jar"
# With a JDK 25 or newer (BENCH_AOT_JAVA_HOME, else the machine's Temurin 25), the service is built with
# its Leyden AOT cache and run on that JDK; BENCH_AOT=0 measures the plain JVM build instead.
AOT_JAVA_HOME=""
if [ "${BENCH_AOT:-1}" = 1 ]; then
  for candidate in "${BENCH_AOT_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCache; then
      AOT_JAVA_HOME=$candidate
      break
    fi
  done
fi
SERVICE_JAVA=(java)
[ -z "$AOT_JAVA_HOME" ] || SERVICE_JAVA=("$AOT_JAVA_HOME/bin/java" "-XX:AOTCache=$BUILD_DIR/target/quarkus-app/app.aot")
if [ "${BENCH_REUSE_BUILD:-0}" = 1 ] && [ -f "$APP_JAR" ]; then
  note "BENCH_REUSE_BUILD=1: the build in $BUILD_DIR was reused, not rebuilt from the work tree"
else
  log "Copying the work tree to $BUILD_DIR and building with the bench profiles (Maven and Quarkus)"
  mkdir -p "$BUILD_DIR"
  if command -v rsync >/dev/null; then
    rsync -a --delete --exclude target --exclude .git --exclude bench/work "$ROOT/" "$BUILD_DIR/"
  else
    find "$BUILD_DIR" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
    tar -C "$ROOT" --exclude=./target --exclude=./.git --exclude=./bench/work -cf - . | tar -C "$BUILD_DIR" -xf -
  fi
  rm -rf "$BUILD_DIR/target"
  if [ -n "$AOT_JAVA_HOME" ]; then
    # The integration tests train the AOT cache (pom profile aot); they need PostgreSQL, which is up.
    ( cd "$BUILD_DIR" && JAVA_HOME="$AOT_JAVA_HOME" ./mvnw -B -q verify -Pbench,aot -Dtest=none \
        -Dsurefire.failIfNoSpecifiedTests=false -Dspectral.skip -Dquarkus.profile=bench ) \
      >"$OUT/build.log" 2>&1 || { tail -n 40 "$OUT/build.log"; die "the build failed (see $OUT/build.log)"; }
  else
    ( cd "$BUILD_DIR" && ./mvnw -B -q package -Pbench -DskipTests -Dspectral.skip -Dquarkus.profile=bench ) \
      >"$OUT/build.log" 2>&1 || { tail -n 40 "$OUT/build.log"; die "the build failed (see $OUT/build.log)"; }
  fi
fi
[ -f "$APP_JAR" ] || die "$APP_JAR is missing after the build"
[ "${#SERVICE_ENV[@]}" = 0 ] || note "BENCH_SERVICE_ENV: the service ran with the extra environment ${SERVICE_ENV[*]}"
BUILD_S=$(($(date +%s) - START_S))
log "Build done"

# ------------------------------------------------------------------------------------ pinning
CORES=$(nproc)
SERVER_PIN=()
if [ "$CORES" -ge 2 ] && command -v taskset >/dev/null && taskset -c 1 true 2>/dev/null && taskset -p -c 0 $$ >/dev/null 2>&1; then
  PINNED=1
  SERVER_PIN=(taskset -c 1)
  log "Pinned: this script and everything it starts (wrk, pgbench, curl, psql) on core 0, the service on core 1"
else
  note "No taskset pinning (cores: $CORES): load generators and the service share the CPUs"
fi

# ------------------------------------------------------------------------------------ the service
PORT=$(pick_port "${BENCH_PORT:-}") || die "port $BENCH_PORT is in use"
BASE="http://127.0.0.1:$PORT"

rss_kb() { proc_kb VmRSS; }
hwm_kb() { proc_kb VmHWM; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
now_ns() { date +%s%N; }

# start_service LOG [pinned]: starts the packaged app against $DB; sets APP_PID and APP_T0 (ns).
start_service() {
  local pin=()
  [ "${2:-}" = pinned ] && pin=("${SERVER_PIN[@]}")
  APP_T0=$(now_ns)
  QUARKUS_PROFILE=bench \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="$PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  ILO_SIGNING_KEY=bench \
  ILO_RATE_LIMIT_ANONYMOUS_PER_MINUTE=1000000000 \
  QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    env "${SERVICE_ENV[@]}" "${pin[@]}" "${SERVICE_JAVA[@]}" -Xms64m -Xmx256m -jar "$APP_JAR" >"$1" 2>&1 &
  APP_PID=$!
}

# wait_first_200 LOG: polls GET /api/v1/projects as tightly as curl allows; prints ns since APP_T0.
wait_first_200() {
  local deadline=$(($(date +%s) + 180)) code
  while :; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$1" >&2; die "the service exited (see $1)"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/api/v1/projects" || true)
    [ "$code" = 200 ] && { echo $(($(now_ns) - APP_T0)); return; }
    [ "$(date +%s)" -lt "$deadline" ] || { tail -n 40 "$1" >&2; die "no 200 from /api/v1/projects after 180 s"; }
    sleep 0.005
  done
}

# ------------------------------------------------------------------------------------ the database
if [ "${BENCH_REUSE_DB:-0}" = 1 ] && [ "$(sql "SELECT count(*) FROM project" 2>/dev/null || echo 0)" = 100000 ]; then
  note "BENCH_REUSE_DB=1: database $DB was reused, not regenerated"
else
  log "Recreating database $DB"
  dropdb --if-exists --force "$DB"
  createdb "$DB"
  log "First start against the empty database: Flyway creates the schema and the seed"
  start_service "$OUT/service-migrate.log"
  migrate_ns=$(wait_first_200 "$OUT/service-migrate.log")
  stop_service
  log "Migrated (first start with migrations: $(awk -v n="$migrate_ns" 'BEGIN { printf "%.1f", n / 1e9 }') s); generating the data (bench/generate.sql)"
  gen_t0=$(date +%s)
  psql_db -f "$BENCH/generate.sql" >"$OUT/generate.log" 2>&1 || { tail -n 30 "$OUT/generate.log"; die "bench/generate.sql failed"; }
  psql_db -c "VACUUM ANALYZE" >>"$OUT/generate.log" 2>&1
  GEN_S=$(($(date +%s) - gen_t0))
  log "Generated in ${GEN_S} s: $(tail -n 3 "$OUT/generate.log" | head -n 1 | tr -s ' ')"
fi
[ "$(sql "SELECT count(*) FROM project")" = 100000 ] || die "expected 100000 projects in $DB"
[ "$(sql "SELECT count(*) FROM press_release")" = 100000 ] || die "expected 100000 press releases in $DB"
psql_db -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
DBOID=$(sql "SELECT oid FROM pg_database WHERE datname = current_database()")
pgss_reset() { sql "SELECT pg_stat_statements_reset(0, $DBOID, 0)" >/dev/null; }
# Statements of the service's background work and of this script, reported apart from the requests'.
BG_RE='rate_limit_window|data_version|api_key|pg_notify'
SELF_RE='pg_stat_statements|pg_stat_activity|pg_database'

# ------------------------------------------------------------------------------------ the peer
# Directus (bench/peer/directus.sh): installed and loaded before the service's start-up is timed, started
# after it, on the same server and core (it idles while the service is measured, and the other way round).
if [ -n "$PEER" ]; then
  PEER_ROWS=${BENCH_PEER_ROWS:-100000}
  BENCH_PEER_PORT=${BENCH_PEER_PORT:-$(pick_port)}
  BENCH_PEER_PIN="${SERVER_PIN[*]}"
  # shellcheck source=bench/peer/directus.sh
  . "$BENCH/peer/directus.sh"
  PEER_LOG="$OUT/peer.log"
  # npm and the native build may use every core (this script is pinned to core 0 by now).
  ( taskset -p -c "0-$((CORES - 1))" "$BASHPID" >/dev/null 2>&1 || true; peer_install ) \
    || die "could not install the peer (see $PEER_DIR/npm-*.log)"
  if [ "${BENCH_REUSE_DB:-0}" = 1 ] && [ "$(peer_sql "SELECT count(*) FROM projects" 2>/dev/null || echo 0)" = "$PEER_ROWS" ]; then
    note "BENCH_REUSE_DB=1: the peer's database $PEER_DB was reused, not reloaded"
  else
    peer_load "$PEER_ROWS" || die "could not load the peer's rows (see $PEER_DIR/load.log)"
  fi
  [ "$(peer_sql "SELECT count(*) FROM projects")" = "$PEER_ROWS" ] || die "expected $PEER_ROWS projects in $PEER_DB"
  # The rows are the service's (bench/peer/projects.sql): a sample of 200 of the rows the service has too
  # (its generated projects end in -1 to -N), by id, title, dates and country.
  PEER_N=$(sql "SELECT max(substring(id from '-([0-9]+)$')::int) FROM project WHERE id ~ '-[0-9]+$'")
  PEER_SAMPLE=$(peer_sql "SELECT string_agg(format('(%L, %L, %L, %L, %L)', id, title, start_date, end_date, coalesce(country, '')), ',')
                            FROM (SELECT * FROM projects WHERE substring(id from '-([0-9]+)$')::int <= $PEER_N
                                   ORDER BY md5(id) LIMIT 200) s")
  PEER_SAME=$(sql "SELECT count(*) FROM (VALUES $PEER_SAMPLE) AS v(id, title, start_date, end_date, country)
                     JOIN project p ON p.id = v.id AND p.title = v.title AND p.start_date::text = v.start_date
                                   AND p.end_date::text = v.end_date
                    WHERE v.country = '' OR EXISTS (SELECT 1 FROM project_country c WHERE c.project_id = p.id AND c.country_code = v.country)")
  [ "$PEER_SAME" = 200 ] || note "peer rows: only $PEER_SAME of 200 sampled rows of $PEER_DB are rows of $DB (same id, title, dates, country)"
  log "Peer rows: $PEER_SAME of 200 sampled are the service's (same id, title, dates and country)"
fi

# ------------------------------------------------------------------------------------ start-up
log "Starting the service (pinned: $PINNED) and polling GET /api/v1/projects for the first 200"
start_service "$OUT/service.log" pinned
startup_ns=$(wait_first_200 "$OUT/service.log")
RSS_STARTUP=$(rss_kb)
STARTUP_S=$(awk -v n="$startup_ns" 'BEGIN { printf "%.2f", n / 1e9 }')
log "Start-up: $STARTUP_S s to the first 200, RSS $(mib "$RSS_STARTUP") MiB"

# ------------------------------------------------------------------------------------ the peer's start-up
if [ -n "$PEER" ]; then
  PEER_DBOID=$(sql "SELECT oid FROM pg_database WHERE datname = '$PEER_DB'")
  log "Starting Directus $PEER_VERSION (pinned: $PINNED) and polling $(peer_startup_path) for the first 200"
  peer_start || die "could not start the peer"
  peer_ns=$(peer_wait_200) || die "the peer did not start (see $PEER_LOG)"
  PEER_STARTUP_S=$(awk -v n="$peer_ns" 'BEGIN { printf "%.2f", n / 1e9 }')
  PEER_RSS_STARTUP=$(APP_PID=$PEER_PID rss_kb)
  log "Peer start-up: $PEER_STARTUP_S s to the first 200, RSS $(mib "$PEER_RSS_STARTUP") MiB"
fi

# ------------------------------------------------------------------------------------ request sets
api() { curl -sS -f -H 'Accept: application/json' "$BASE$1"; }
mkdir -p "$OUT/requests"
COUNTRIES=$(sql "SELECT code FROM country ORDER BY code")
[ "$(wc -w <<<"$COUNTRIES")" = 50 ] || die "expected 50 countries"

# T: per country the first page, and one cursor page (pages 2 to 6, by country) with a real nextCursor.
: >"$OUT/requests/t.tsv"; : >"$OUT/requests/t-meta.tsv"
k=0
for c in $COUNTRIES; do
  first="/api/v1/projects?country=$c&limit=20"
  want=$((2 + k % 5)); page=1; cursor=""; path=$first
  while [ "$page" -lt "$want" ]; do
    cursor=$(api "$path" | jq -r '.page.nextCursor // empty')
    [ -n "$cursor" ] || die "no nextCursor on page $page of country $c"
    page=$((page + 1)); path="$first&cursor=$cursor"
  done
  printf '%s\t\n%s\t\n' "$first" "$path" >>"$OUT/requests/t.tsv"
  printf 'first\t%s\t-\t%s\ncursor\t%s\t%s\t%s\n' "$c" "$first" "$c" "$cursor" "$path" >>"$OUT/requests/t-meta.tsv"
  k=$((k + 1))
done

# C: the same requests with If-None-Match of their current ETag.
: >"$OUT/requests/c.tsv"
while IFS=$'\t' read -r path _; do
  etag=$(curl -sS -o /dev/null -D - -H 'Accept: application/json' "$BASE$path" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')
  [ -n "$etag" ] || die "no ETag for $path"
  printf '%s\t%s\n' "$path" "$etag" >>"$OUT/requests/c.tsv"
done <"$OUT/requests/t.tsv"
path=$(head -n 1 "$OUT/requests/c.tsv" | cut -f1); etag=$(head -n 1 "$OUT/requests/c.tsv" | cut -f2)
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/json' -H "If-None-Match: $etag" "$BASE$path")
[ "$code" = 304 ] || die "a conditional request with the current ETag answered $code, not 304"

# I: 200 projects drawn deterministically; the same ids for D_I.
sql "SELECT id FROM project ORDER BY md5(id) LIMIT 200" >"$OUT/requests/i-ids.txt"
sed 's|^|/api/v1/projects/|; s|$|\t|' "$OUT/requests/i-ids.txt" >"$OUT/requests/i.tsv"

# Q: full-text searches of common words.
Q_WORDS="labour employment social protection enterprises workers rights supply"
for w in $Q_WORDS; do printf '/api/v1/projects?q=%s\t\n' "$w"; done >"$OUT/requests/q.tsv"

printf '/api/bench/static-page\t\n' >"$OUT/requests/s.tsv"

# The peer's requests (bench/peer/directus.sh): T by offset pages, C with Directus's ETags, I, Q.
if [ -n "$PEER" ]; then
  peer_t_paths | sed 's/$/\t/' >"$OUT/requests/pt.tsv"
  : >"$OUT/requests/pc.tsv"
  while IFS=$'\t' read -r path _; do
    etag=$(curl -sS -g -o /dev/null -D - -H 'Accept: application/json' "$PEER_BASE$path" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')
    [ -n "$etag" ] || die "no ETag from the peer for $path"
    printf '%s\t%s\n' "$path" "$etag" >>"$OUT/requests/pc.tsv"
  done <"$OUT/requests/pt.tsv"
  peer_i_paths | sed 's/$/\t/' >"$OUT/requests/pi.tsv"
  peer_q_paths "$Q_WORDS" | sed 's/$/\t/' >"$OUT/requests/pq.tsv"
  for f in pt pi pq; do
    while IFS=$'\t' read -r path _; do
      curl -sS -g -f -o /dev/null -H 'Accept: application/json' "$PEER_BASE$path" || die "the peer answered an error for $path"
    done <"$OUT/requests/$f.tsv"
  done
  path=$(head -n 1 "$OUT/requests/pc.tsv" | cut -f1); etag=$(head -n 1 "$OUT/requests/pc.tsv" | cut -f2)
  code=$(curl -s -g -o /dev/null -w '%{http_code}' -H 'Accept: application/json' -H "If-None-Match: $etag" "$PEER_BASE$path")
  [ "$code" = 304 ] || die "a conditional request to the peer with its ETag answered $code, not 304"
  cat "$OUT/requests/pt.tsv" "$OUT/requests/pc.tsv" "$OUT/requests/pi.tsv" "$OUT/requests/pt.tsv" >"$OUT/requests/pmix.tsv"
fi
cat "$OUT/requests/t.tsv" "$OUT/requests/c.tsv" "$OUT/requests/i.tsv" "$OUT/requests/s.tsv" \
  "$OUT/requests/t.tsv" >"$OUT/requests/mix.tsv"

# ------------------------------------------------------------------------------------ load helpers
# wrk_run NAME REQUESTS_FILE ORDER CONNECTIONS SECONDS [RATE]: prints the BENCH_RESULT JSON. Against the
# peer with RUN_BASE=$PEER_BASE RUN_DBOID=$PEER_DBOID (settle then watches the peer's database).
wrk_run() {
  local name=$1 file=$2 order=$3 conns=$4 secs=$5 rate=${6:-0} res
  BENCH_REQUESTS="$file" BENCH_ORDER="$order" BENCH_RATE="$rate" \
    wrk -t1 -c"$conns" -d"${secs}s" --timeout 60s --latency -s "$BENCH/load.lua" "${RUN_BASE:-$BASE}" >"$OUT/wrk-$name.txt" 2>&1 \
    || { cat "$OUT/wrk-$name.txt" >&2; die "wrk failed ($name)"; }
  res=$(sed -n 's/^BENCH_RESULT //p' "$OUT/wrk-$name.txt")
  [ -n "$res" ] || { cat "$OUT/wrk-$name.txt" >&2; die "no result from wrk ($name)"; }
  local errs
  errs=$(jq '.errors.connect + .errors.read + .errors.write + .errors.status + .errors.timeout' <<<"$res")
  [ "$errs" = 0 ] || note "$name: $errs errors ($(jq -c .errors <<<"$res"))"
  settle
  echo "$res"
}

# settle: waits (up to 60 s) until no statement of the service is running in $DB any more: wrk stops
# with requests in flight, and a slow search left running would load the next measurement.
settle() {
  local i
  for i in $(seq 1 120); do
    [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE datid = ${RUN_DBOID:-$DBOID} AND state = 'active' AND pid <> pg_backend_pid()
                AND application_name NOT LIKE '%listener%'")" = 0 ] && return 0
    sleep 0.5
  done
  note "statements still running in $DB 60 s after a load run"
}

# pgbench_run NAME SCRIPT: prints tps (without initial connection time).
pgbench_run() {
  local name=$1 script=$2 tps
  pgbench -n -c "$CONN" -j 1 -T "$DUR" -M prepared -f "$script" "$DB" >"$OUT/pgbench-$name.txt" 2>&1 \
    || { tail -n 20 "$OUT/pgbench-$name.txt" >&2; die "pgbench failed ($name)"; }
  grep -q 'number of failed transactions: 0 ' "$OUT/pgbench-$name.txt" || note "$name: pgbench reports failed transactions"
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$OUT/pgbench-$name.txt" | tail -n 1)
  [ -n "$tps" ] || { cat "$OUT/pgbench-$name.txt" >&2; die "no tps from pgbench ($name)"; }
  echo "$tps"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ------------------------------------------------------------------------------------ warm-up
log "Warm-up: ${WARMUP} s of mixed load (lists, cursor pages, conditional, single projects, static page), and each search once"
# Searches stay out of the mix (they once took seconds), so results stay comparable with earlier runs. Each runs once beside it
# (which also fills the service's cached total for each q).
( while IFS=$'\t' read -r path _; do curl -sS -o /dev/null -H 'Accept: application/json' "$BASE$path"; done <"$OUT/requests/q.tsv" ) &
QWARM_PID=$!
WARM=$(wrk_run warmup "$OUT/requests/mix.tsv" random "$CONN" "$WARMUP")
wait "$QWARM_PID" || die "a search request failed during the warm-up"
log "Warm-up: $(jq -r '.rps | floor' <<<"$WARM") req/s"
if [ -n "$PEER" ]; then
  PEER_WARMUP=${BENCH_PEER_WARMUP:-$WARMUP}
  log "Peer warm-up: ${PEER_WARMUP} s of mixed load (lists, conditional, single projects), and each search once"
  ( while IFS=$'\t' read -r path _; do curl -sS -g -o /dev/null -H 'Accept: application/json' "$PEER_BASE$path"; done <"$OUT/requests/pq.tsv" ) &
  QWARM_PID=$!
  WARM=$(RUN_BASE=$PEER_BASE RUN_DBOID=$PEER_DBOID wrk_run peer-warmup "$OUT/requests/pmix.tsv" random "$CONN" "$PEER_WARMUP")
  wait "$QWARM_PID" || die "a search request to the peer failed during the warm-up"
  log "Peer warm-up: $(jq -r '.rps | floor' <<<"$WARM") req/s"
fi

# Stall probe: 300 sequential keep-alive requests to the static page; any over 1 s is a stall (a request
# that waits on something other than work, e.g. a timeout), which no throughput figure would explain.
args=(); for _ in $(seq 1 300); do args+=(-o /dev/null "$BASE/api/bench/static-page"); done
curl -sS -w '%{time_total}\n' "${args[@]}" >"$OUT/stall-probe.txt" || die "the stall probe failed"
STALLS=$(awk '$1 > 1 { n++ } END { print n + 0 }' "$OUT/stall-probe.txt")
STALL_TIME=$(awk '{ t += $1 } $1 > 1 { s += $1 } END { printf "%.1f s of %.1f s", s, t }' "$OUT/stall-probe.txt")
STALL_P50=$(sort -g "$OUT/stall-probe.txt" | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] * 1000 }')
[ "$STALLS" = 0 ] || note "stall probe: $STALLS of 300 sequential static-page requests took over 1 s ($STALL_TIME stalled; median $STALL_P50 ms)"

# ------------------------------------------------------------------------------------ the SQL of T and I
# Which statements a request runs: reset pg_stat_statements (this database only), send requests one at
# a time, read the statements and their calls. Their exact text (pg_stat_statements normalises
# literals into $n) comes from pg_stat_activity, read after each request: the service's connection that
# ran the latest statement shows it with its literals and the driver's own $n placeholders.
last_statement() {
  sql "SELECT query_id || E'\t' || replace(query, E'\n', ' ') FROM pg_stat_activity
        WHERE datid = $DBOID AND pid <> pg_backend_pid() AND backend_type = 'client backend'
          AND application_name NOT LIKE '%listener%' AND query !~* '$BG_RE' AND query_id IS NOT NULL
        ORDER BY query_start DESC LIMIT 1"
}

# capture KIND META_FILE: META lines "variant<TAB>..." whose last field is the path; writes
# $OUT/sql-KIND.tsv (variant, query_id, text) and $OUT/sql-KIND-calls.tsv (calls, query_id, text).
capture() {
  local kind=$1 meta=$2 n=0 variant path line
  pgss_reset
  : >"$OUT/sql-$kind.tsv"
  while IFS= read -r line; do
    variant=${line%%$'\t'*}; path=${line##*$'\t'}
    curl -sS -o /dev/null -H 'Accept: application/json' "$BASE$path"
    printf '%s\t%s\n' "$variant" "$(last_statement)" >>"$OUT/sql-$kind.tsv"
    n=$((n + 1))
  done <"$meta"
  sql "SELECT calls || E'\t' || queryid || E'\t' || replace(query, E'\n', ' ') FROM pg_stat_statements
        WHERE dbid = $DBOID AND query !~* '$BG_RE' AND query !~* '$SELF_RE' ORDER BY calls DESC" >"$OUT/sql-$kind-calls.tsv"
  echo "$n"
}

log "Capturing the SQL of T and I (pg_stat_statements, pg_stat_activity)"
awk -F'\t' 'NR % 25 == 1 || NR % 25 == 2 { print $1 "\t" $NF }' "$OUT/requests/t-meta.tsv" >"$OUT/requests/t-capture.tsv"
t_cap=$(capture t "$OUT/requests/t-capture.tsv")
head -n 6 "$OUT/requests/i-ids.txt" | sed 's|^|single\t/api/v1/projects/|' >"$OUT/requests/i-capture.tsv"
i_cap=$(capture i "$OUT/requests/i-capture.tsv")
for kind in t i; do
  log "SQL per $([ $kind = t ] && echo "T" || echo "I") request (capture): $(awk -F'\t' -v n="$([ $kind = t ] && echo "$t_cap" || echo "$i_cap")" '{ s += $1 } END { printf "%.2f", s / n }' "$OUT/sql-$kind-calls.tsv") statements"
done

# The statement text of one variant ("first", "cursor", "single"): its $n placeholders stay.
template() {
  awk -F'\t' -v v="$2" '$1 == v { print $3 }' "$OUT/sql-$1.tsv" | sort | uniq -c | sort -rn | head -n 1 | sed -E 's/^ *[0-9]+ //'
}
T_FIRST_SQL=$(template t first); T_CURSOR_SQL=$(template t cursor); I_SQL=$(template i single)
[ -n "$T_FIRST_SQL" ] && [ -n "$T_CURSOR_SQL" ] && [ -n "$I_SQL" ] || die "could not capture the SQL of T and I (see $OUT/sql-*.tsv)"
for q in "$T_FIRST_SQL" "$T_CURSOR_SQL" "$I_SQL"; do
  [ "${#q}" -lt 1000 ] || die "captured SQL may be truncated by track_activity_query_size: $q"
done
# The variants must differ where they should: a cursor page has a keyset condition on the id.
# (Cursor values are bound as one-row subqueries, "(SELECT CAST($n AS type))": see SortSpec.)
KEYSET_ID_RE='id[[:space:]]*>[[:space:]]*(\(SELECT CAST\()?\$'
grep -qi 'project_country' <<<"$T_FIRST_SQL" && ! grep -qE "$KEYSET_ID_RE" <<<"$T_FIRST_SQL" \
  || die "unexpected SQL captured for a first page: $T_FIRST_SQL"
grep -qE "$KEYSET_ID_RE" <<<"$T_CURSOR_SQL" || die "unexpected SQL captured for a cursor page: $T_CURSOR_SQL"
grep -qi 'project_view' <<<"$I_SQL" || die "unexpected SQL captured for a single project: $I_SQL"

# param_columns SQL: for each placeholder $n (in order) the column it is compared with.
param_columns() {
  grep -oE '[A-Za-z0-9_]+[[:space:]]*(IN[[:space:]]*\(|<=|>=|<>|<|>|=)[[:space:]]*(\(SELECT CAST\()?\$[0-9]+' <<<"$1" \
    | sed -E 's/^([A-Za-z0-9_]+)[^$]*\$([0-9]+)$/\2 \1/' | sort -n -u
}
b64url() { local s=${1//-/+}; s=${s//_//}; while [ $((${#s} % 4)) != 0 ]; do s="$s="; done; base64 -d <<<"$s"; }

# pgbench_script NAME VALUES_FILE VARIANT...: VALUES lines "variant<TAB>country<TAB>cursor|id", grouped by
# variant in the order given. Per transaction: \set r random row; one \gset statement reads that row's
# parameters from array constants (pgbench's \set holds only numbers); then the captured statement of
# the row's variant, its $n placeholders bound to those variables. With -M prepared each variant is one
# prepared statement executed again and again with new values, as the service's JDBC driver does (so
# the same plan caching applies). The \gset statement is the only addition: one cheap round trip.
pgbench_script() {
  local name=$1 values=$2; shift 2
  local script="$OUT/pgbench-$name.sql" variant sqltext n col offset=0 count first=1 cols
  local total; total=$(grep -c . "$values")
  printf '\\set r random(1, %d)\n' "$total" >"$script"
  for variant in "$@"; do
    count=$(awk -F'\t' -v v="$variant" '$1 == v' "$values" | grep -c .)
    [ "$count" -gt 0 ] || continue
    # Hibernate binds a row limit (setMaxResults) as "fetch first $n rows only"; it is always 1 here.
    sqltext=$(template_of "$variant" | sed -E 's/fetch first \$[0-9]+ rows only/fetch first 1 rows only/')
    cols=$(param_columns "$sqltext" | sort -rn)
    if [ "$first" = 1 ]; then printf '\\if :r <= %d\n' $((offset + count)); else printf '\\elif :r <= %d\n' $((offset + count)); fi >>"$script"
    printf '\\set i :r - %d\n' "$offset" >>"$script"
    local selects=()
    while read -r n col; do   # highest placeholder number first: $1 must not rewrite $10
      [ -n "$n" ] || continue
      local field
      case "$col" in
        country_code) field=country ;;
        start_date) field=date ;;
        id) field=id ;;
        *) die "no value for placeholder \$$n (column $col) of: $sqltext" ;;
      esac
      selects+=("(ARRAY[$(variant_values "$values" "$variant" "$field" | awk '{ printf "%s'\''%s'\''", (NR > 1 ? "," : ""), $0 }')])[:i] AS v$n")
      sqltext=${sqltext//\$$n/:v$n}
    done <<<"$cols"
    ! grep -qE '\$[0-9]' <<<"$sqltext" || die "unbound placeholder left in: $sqltext"
    if [ "${#selects[@]}" -gt 0 ]; then
      printf 'SELECT %s\n\\gset\n' "$(IFS=,; echo "${selects[*]}")" >>"$script"
    fi
    printf '%s;\n' "$sqltext" >>"$script"
    offset=$((offset + count)); first=0
  done
  printf '\\endif\n' >>"$script"
}

# variant_values VALUES VARIANT FIELD: one value per line (country, date or id) for the rows of VARIANT.
variant_values() {
  local variant country value json
  while IFS=$'\t' read -r variant country value; do
    [ "$variant" = "$2" ] || continue
    case "$3" in
      country) echo "$country" ;;
      date|id)
        if [ "$variant" = cursor ]; then
          json=$(b64url "${value%%.*}" | jq -r '.v[0] + "\t" + .id')
          if [ "$3" = date ]; then echo "${json%%$'\t'*}"; else echo "${json#*$'\t'}"; fi
        else
          echo "$value"
        fi ;;
    esac
  done <"$1"
}

template_of() {
  case "$1" in
    first) echo "$T_FIRST_SQL" ;;
    cursor) echo "$T_CURSOR_SQL" ;;
    single) echo "$I_SQL" ;;
  esac
}
awk -F'\t' '{ print $1 "\t" $2 "\t" $3 }' "$OUT/requests/t-meta.tsv" | sort -s -t$'\t' -k1,1r >"$OUT/requests/d-values.tsv"
pgbench_script d "$OUT/requests/d-values.tsv" first cursor
sed 's/^/single\t-\t/' "$OUT/requests/i-ids.txt" >"$OUT/requests/di-values.tsv"
pgbench_script di "$OUT/requests/di-values.tsv" single
# A quick check that the scripts run.
for s in d di; do
  pgbench -n -c 1 -j 1 -t 50 -M prepared -f "$OUT/pgbench-$s.sql" "$DB" >"$OUT/pgbench-check-$s.txt" 2>&1 \
    || { tail -n 20 "$OUT/pgbench-check-$s.txt"; die "the pgbench script $OUT/pgbench-$s.sql does not run"; }
done

# ------------------------------------------------------------------------------------ throughput
declare -A RPS=()
declare -A BYTES=()
declare -A P99=()
FIGURES="S T D C I DI Q"
[ -z "$PEER" ] || FIGURES="$FIGURES PT PC PI PQ"
log "Throughput: $RUNS rounds of S, T, D, C, I, D_I, Q${PEER:+ (T, C, I and Q each followed by the same against the peer: PT, PC, PI, PQ)}; ${DUR} s each at $CONN connections (wrk -t1, pgbench -j1)"
# measure FIGURE ROUND: one wrk run of the figure (P-prefixed: against the peer); records rps, bytes, p99.
measure() {
  local m=$1 r=$2 lower order=rotate res
  lower=$(tr 'A-Z' 'a-z' <<<"$m")
  [ "${m#P}" = I ] && order=random
  if [ "$m" != "${m#P}" ]; then
    res=$(RUN_BASE=$PEER_BASE RUN_DBOID=$PEER_DBOID wrk_run "$m-$r" "$OUT/requests/$lower.tsv" "$order" "$CONN" "$DUR")
  else
    res=$(wrk_run "$m-$r" "$OUT/requests/$lower.tsv" "$order" "$CONN" "$DUR")
  fi
  RPS[$m]="${RPS[$m]:-} $(jq -r .rps <<<"$res")"
  BYTES[$m]="${BYTES[$m]:-} $(jq -r 'if .requests > 0 then .bytes / .requests | floor else 0 end' <<<"$res")"
  P99[$m]="${P99[$m]:-} $(jq -r '.latencyUs.p99 / 1000' <<<"$res")"
}
for r in $(seq 1 "$RUNS"); do
  for m in S T C I Q; do
    measure "$m" "$r"
    if [ "$m" = T ]; then RPS[D]="${RPS[D]:-} $(pgbench_run "D-$r" "$OUT/pgbench-d.sql")"; fi
    if [ "$m" = I ]; then RPS[DI]="${RPS[DI]:-} $(pgbench_run "DI-$r" "$OUT/pgbench-di.sql")"; fi
    [ -z "$PEER" ] || [ "$m" = S ] || measure "P$m" "$r"
  done
  log "Round $r: S ${RPS[S]##* }, T ${RPS[T]##* }, D ${RPS[D]##* }, C ${RPS[C]##* }, I ${RPS[I]##* }, D_I ${RPS[DI]##* }, Q ${RPS[Q]##* } /s"
  [ -z "$PEER" ] || log "Round $r, peer: PT ${RPS[PT]##* }, PC ${RPS[PC]##* }, PI ${RPS[PI]##* }, PQ ${RPS[PQ]##* } /s"
done
declare -A MED=()
for m in $FIGURES; do MED[$m]=$(median <<<"${RPS[$m]}"); done
T_P99=$(median <<<"${P99[T]}")
C_BYTES=$(median <<<"${BYTES[C]}")
[ "${C_BYTES%.*}" -lt 2000 ] || note "C: $C_BYTES bytes per response: not 304s?"

# ------------------------------------------------------------------------------------ open loop
HALF=$(awk -v t="${MED[T]}" 'BEGIN { printf "%.0f", t / 2 }')
log "Open loop: T at $HALF req/s (half of T) for ${DUR} s, $OPEN_CONN connections, wrk with paced Lua (delay())"
OPEN=$(wrk_run open "$OUT/requests/t.tsv" rotate "$OPEN_CONN" "$DUR" "$HALF")
OPEN_P50=$(jq -r '.latencyUs.p50 / 1000' <<<"$OPEN"); OPEN_P99=$(jq -r '.latencyUs.p99 / 1000' <<<"$OPEN")
OPEN_RATE=$(jq -r '.rps' <<<"$OPEN"); OPEN_LATE=$(jq -r '.paced.late' <<<"$OPEN"); OPEN_SCHED=$(jq -r '.paced.scheduled' <<<"$OPEN")
[ "$OPEN_LATE" = 0 ] || note "open loop: $OPEN_LATE of $OPEN_SCHED requests left more than 1 ms after their slot (all connections busy)"

# ------------------------------------------------------------------------------------ statements per request
# A dedicated sequential run per kind with counts reset: the service's statements / requests served.
declare -A SPR=()
BG_TOTAL=0; BG_SECONDS=0
stmt_run() {
  local m=$1 file=$2 n t0 t1 cfg="$OUT/requests/stmt-$1.curl"
  : >"$cfg"
  while IFS=$'\t' read -r path _; do printf 'url = "%s"\noutput = "/dev/null"\n' "$BASE$path" >>"$cfg"; done <"$file"
  n=$(grep -c '^url' "$cfg")
  pgss_reset
  t0=$(now_ns)
  curl -sS -f -H 'Accept: application/json' --config "$cfg" || die "a request of the statement count run for $m failed"
  t1=$(now_ns)
  sql "SELECT calls || E'\t' || replace(query, E'\n', ' ') FROM pg_stat_statements
        WHERE dbid = $DBOID AND query !~* '$SELF_RE' ORDER BY calls DESC" >"$OUT/statements-$m.tsv"
  local svc bg
  svc=$(awk -F'\t' -v re="$BG_RE" 'tolower($2) !~ re { s += $1 } END { print s + 0 }' "$OUT/statements-$m.tsv")
  bg=$(awk -F'\t' -v re="$BG_RE" 'tolower($2) ~ re { s += $1 } END { print s + 0 }' "$OUT/statements-$m.tsv")
  SPR[$m]=$(awk -v s="$svc" -v n="$n" 'BEGIN { printf "%.2f", s / n }')
  BG_TOTAL=$((BG_TOTAL + bg))
  BG_SECONDS=$(awk -v a="$BG_SECONDS" -v d="$((t1 - t0))" 'BEGIN { print a + d / 1e9 }')
  log "Statements per $m request: ${SPR[$m]} ($svc statements for $n requests; background: $bg)"
}
log "Statements per request (pg_stat_statements, counts reset, sequential requests)"
stmt_run T "$OUT/requests/t.tsv"
head -n 100 "$OUT/requests/i.tsv" >"$OUT/requests/stmt-i.tsv"
stmt_run I "$OUT/requests/stmt-i.tsv"
stmt_run Q "$OUT/requests/q.tsv"
BG_PER_S=$(awk -v n="$BG_TOTAL" -v s="$BG_SECONDS" 'BEGIN { printf "%.1f", (s > 0 ? n / s : 0) }')

RSS_LOAD=$(rss_kb)
log "RSS after the load: $(mib "$RSS_LOAD") MiB"

# ------------------------------------------------------------------------------------ deep paging
log "Deep paging: walking 2,000 pages of /api/v1/projects?limit=20 (wrk, one connection, following nextCursor)"
FIRST_PAGE="/api/v1/projects?limit=20"
walk_t0=$(date +%s)
rm -f "$OUT/walk.txt"
BENCH_WALK_FIRST="$FIRST_PAGE" BENCH_WALK_PAGES=2000 BENCH_WALK_OUT="$OUT/walk.txt" \
  wrk -t1 -c1 -d"${BENCH_WALK_TIMEOUT:-90}s" --timeout 60s -s "$BENCH/walk.lua" "$BASE" >"$OUT/wrk-walk.txt" 2>&1 &
WALK_PID=$!
while kill -0 "$WALK_PID" 2>/dev/null; do
  grep -q $'\tdone$' "$OUT/walk.txt" 2>/dev/null && break
  sleep 0.2
done
kill "$WALK_PID" 2>/dev/null || true; wait "$WALK_PID" 2>/dev/null || true
[ -s "$OUT/walk.txt" ] || die "the walk over the project list did not get far (see $OUT/wrk-walk.txt)"
IFS=$'\t' read -r WALKED DEEP_PAGE _ <"$OUT/walk.txt"
log "Walked to page $WALKED in $(($(date +%s) - walk_t0)) s; timing page 1 and page $WALKED (wrk, 1 connection, 5 s each)"
[ "$WALKED" = 2000 ] || note "deep paging: the walk reached page $WALKED only within ${BENCH_WALK_TIMEOUT:-90} s; that page is timed instead of page 2,000"
printf '%s\t\n' "$FIRST_PAGE" >"$OUT/requests/page1.tsv"; printf '%s\t\n' "$DEEP_PAGE" >"$OUT/requests/page2000.tsv"
PAGE1=$(wrk_run page1 "$OUT/requests/page1.tsv" rotate 1 5)
PAGE2000=$(wrk_run page2000 "$OUT/requests/page2000.tsv" rotate 1 5)
PAGE1_MS=$(jq -r '.latencyUs.p50 / 1000' <<<"$PAGE1"); PAGE2000_MS=$(jq -r '.latencyUs.p50 / 1000' <<<"$PAGE2000")

# ------------------------------------------------------------------------------------ exports
# export_run NAME PATH [BASE PID]: seconds, rows (lines; CSV minus its header) and the peak VmRSS of PID
# (default the service) sampled every 100 ms.
export_run() {
  local name=$1 path=$2 base=${3:-$BASE} pid=${4:-$APP_PID} t0 t1 lines peak
  ( APP_PID=$pid; while kill -0 "$APP_PID" 2>/dev/null; do rss_kb; sleep 0.1; done ) >"$OUT/rss-$name.txt" 2>/dev/null &
  SAMPLER_PID=$!
  sleep 0.2
  t0=$(now_ns)
  lines=$(curl -sS -f -g "$base$path" | wc -l) || die "export $name failed"
  t1=$(now_ns)
  sleep 0.2
  kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
  peak=$(sort -n "$OUT/rss-$name.txt" | tail -n 1)
  [[ $path == *.csv* ]] && lines=$((lines - 1))
  # (Directus's CSV, export=csv, ends without a newline: wc -l, its header plus its rows less one, is its rows.)
  printf '%s %s %s\n' "$(awk -v d="$((t1 - t0))" 'BEGIN { printf "%.2f", d / 1e9 }')" "$lines" "$peak"
}
SINCE=$(sql "SELECT to_char(last_updated AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM project ORDER BY last_updated DESC, id OFFSET 999 LIMIT 1")
log "Exports: ~1,000 rows (updatedSince=$SINCE), then all 100,000 as NDJSON and CSV (VmRSS every 100 ms)"
read -r EX1K_S EX1K_ROWS EX1K_PEAK <<<"$(export_run 1k "/api/v1/exports/projects.ndjson?updatedSince=$SINCE")"
read -r EXND_S EXND_ROWS EXND_PEAK <<<"$(export_run ndjson /api/v1/exports/projects.ndjson)"
read -r EXCSV_S EXCSV_ROWS EXCSV_PEAK <<<"$(export_run csv /api/v1/exports/projects.csv)"
[ "$EXND_ROWS" = 100000 ] || note "the NDJSON export gave $EXND_ROWS rows, not 100000"
[ "$EXCSV_ROWS" = 100000 ] || note "the CSV export gave $EXCSV_ROWS lines after the header, not 100000"
RSS_END=$(rss_kb); HWM_END=$(hwm_kb)
if [ -n "$PEER" ]; then
  log "Peer export: all $PEER_ROWS rows as CSV ($(peer_export_path csv)), its VmRSS every 100 ms"
  # Directus renders the whole CSV as one string: at 1,000,000 rows (about 1.2 GB) V8 refuses it
  # ("Invalid string length") and answers 500, which is a result, not a reason to stop.
  read -r PEX_S PEX_ROWS PEX_PEAK <<<"$(export_run peer-csv "$(peer_export_path csv)" "$PEER_BASE" "$PEER_PID" || true)"
  [ "${PEX_ROWS:-0}" = "$PEER_ROWS" ] || note "the peer's CSV export gave ${PEX_ROWS:-no} rows, not $PEER_ROWS (see $PEER_LOG)"
  PEER_RSS_END=$(APP_PID=$PEER_PID rss_kb); PEER_HWM_END=$(APP_PID=$PEER_PID hwm_kb)
  peer_stop
fi

stop_service
TOTAL_S=$(($(date +%s) - START_S))

# ------------------------------------------------------------------------------------ report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
pf() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print ok ? "PASS" : "MISS" }'; }
fmt() { awk -v v="$1" 'BEGIN { printf "%.0f", v }'; }
MISSES=0
ROWS=()
row() { # metric, value, target, verdict
  ROWS+=("| $1 | $2 | $3 | $4 |")
  [ "$4" = MISS ] && MISSES=$((MISSES + 1))
  return 0
}
T_D=$(ratio "${MED[T]}" "${MED[D]}"); C_S=$(ratio "${MED[C]}" "${MED[S]}"); I_DI=$(ratio "${MED[I]}" "${MED[DI]}")
DEEP=$(ratio "$PAGE2000_MS" "$PAGE1_MS")
ND_RPS=$(awk -v r="$EXND_ROWS" -v s="$EXND_S" 'BEGIN { printf "%.0f", r / s }')
CSV_RPS=$(awk -v r="$EXCSV_ROWS" -v s="$EXCSV_S" 'BEGIN { printf "%.0f", r / s }')
MIN_RPS=$(awk -v a="$ND_RPS" -v b="$CSV_RPS" 'BEGIN { print (a < b ? a : b) }')
PEAK100K=$(awk -v a="$EXND_PEAK" -v b="$EXCSV_PEAK" 'BEGIN { print (a > b ? a : b) }')
RSS_RATIO=$(ratio "$PEAK100K" "$EX1K_PEAK")
TAIL=$(ratio "$OPEN_P99" "$OPEN_P50")

row "S: static page (HTTP ceiling)" "$(fmt "${MED[S]}") req/s" "-" "info"
row "T: list by country, first and cursor pages" "$(fmt "${MED[T]}") req/s" "-" "info"
row "D: T's SQL in pgbench (-c $CONN -j 1 -M prepared)" "$(fmt "${MED[D]}") tx/s" "-" "info"
row "**T/D**" "$T_D" "≥ 0.5" "$(pf "$T_D" ">=" 0.5)"
row "C: T with If-None-Match (304)" "$(fmt "${MED[C]}") req/s" "-" "info"
row "**C/S**" "$C_S" "≥ 0.8" "$(pf "$C_S" ">=" 0.8)"
row "I: single project" "$(fmt "${MED[I]}") req/s" "-" "info"
row "D_I: I's SQL in pgbench" "$(fmt "${MED[DI]}") tx/s" "-" "info"
row "**I/D_I**" "$I_DI" "≥ 0.5" "$(pf "$I_DI" ">=" 0.5)"
row "Q: full-text search q=<common word>" "$(awk -v v="${MED[Q]}" 'BEGIN { printf "%.1f", v }') req/s" "-" "info"
row "**SQL statements per T request**" "${SPR[T]}" "1" "$(pf "${SPR[T]}" "<=" 1)"
row "**SQL statements per I request**" "${SPR[I]}" "1" "$(pf "${SPR[I]}" "<=" 1)"
row "SQL statements per Q request" "${SPR[Q]}" "-" "info"
row "Background statements (rate-limit sync, data version, keys)" "$BG_PER_S /s" "-" "info"
row "Page 1 / page $WALKED (p50, 1 connection)" "$PAGE1_MS ms / $PAGE2000_MS ms" "-" "info"
row "**Deep page 2,000 / page 1**" "$DEEP$([ "$WALKED" = 2000 ] || echo " (page $WALKED)")" "≤ 1.3" "$([ "$WALKED" = 2000 ] && pf "$DEEP" "<=" 1.3 || echo MISS)"
row "Export 100,000 projects NDJSON" "$EXND_S s, $ND_RPS rows/s, peak RSS $(mib "$EXND_PEAK") MiB" "-" "info"
row "Export 100,000 projects CSV" "$EXCSV_S s, $CSV_RPS rows/s, peak RSS $(mib "$EXCSV_PEAK") MiB" "-" "info"
row "Export $EX1K_ROWS projects NDJSON" "$EX1K_S s, peak RSS $(mib "$EX1K_PEAK") MiB" "-" "info"
row "**Export rows/s (slower format)**" "$MIN_RPS" "≥ 50,000" "$(pf "$MIN_RPS" ">=" 50000)"
row "**Export peak RSS 100k / 1k**" "$RSS_RATIO" "≤ 1.10" "$(pf "$RSS_RATIO" "<=" 1.10)"
row "Open loop: T at $HALF req/s (achieved $(fmt "$OPEN_RATE"), late $OPEN_LATE/$OPEN_SCHED)" "p50 $OPEN_P50 ms, p99 $OPEN_P99 ms" "-" "info"
row "**p99/p50 at half load**" "$TAIL" "≤ 10" "$(pf "$TAIL" "<=" 10)"
row "**Start-up to first 200**" "$STARTUP_S s" "≤ 2.5 s" "$(pf "$STARTUP_S" "<=" 2.5)"
row "RSS after start-up" "$(mib "$RSS_STARTUP") MiB" "-" "info"
row "**RSS after load**" "$(mib "$RSS_LOAD") MiB" "≤ 350 MiB" "$(pf "$(mib "$RSS_LOAD")" "<=" 350)"
row "Stalls (> 1 s) in 300 sequential static-page requests" "$STALLS ($STALL_TIME stalled; median $STALL_P50 ms)" "-" "info"
row "RSS after the exports / VmHWM" "$(mib "$RSS_END") MiB / $(mib "$HWM_END") MiB" "-" "info"
if [ -n "$PEER" ]; then
  # Service / Directus on the same rows, core and load (targets of issue 12); above 1 the service is faster,
  # except the p99 and start-up ratios, where below 1 it is.
  PT_P99=$(median <<<"${P99[PT]}")
  PEX_RPS=$(awk -v r="$PEX_ROWS" -v s="$PEX_S" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }')
  R_T=$(ratio "${MED[T]}" "${MED[PT]}"); R_T99=$(ratio "$T_P99" "$PT_P99"); R_C=$(ratio "${MED[C]}" "${MED[PC]}")
  R_I=$(ratio "${MED[I]}" "${MED[PI]}"); R_Q=$(ratio "${MED[Q]}" "${MED[PQ]}"); R_EX=$(ratio "$CSV_RPS" "$PEX_RPS")
  R_UP=$(ratio "$STARTUP_S" "$PEER_STARTUP_S")
  row "Peer: Directus $PEER_VERSION, $PEER_ROWS rows (bench/peer/directus.sh)" "-" "-" "info"
  row "PT: Directus, T's countries and pages (offset), p99" "$(fmt "${MED[PT]}") req/s, p99 $PT_P99 ms (T: p99 $T_P99 ms)" "-" "info"
  row "**T / PT** (req/s)" "$R_T" "≥ 15" "$(pf "$R_T" ">=" 15)"
  row "**T p99 / PT p99**" "$R_T99" "≤ 0.1" "$(pf "$R_T99" "<=" 0.1)"
  row "PC: Directus, PT with If-None-Match (304)" "$(fmt "${MED[PC]}") req/s" "-" "info"
  row "C / PC" "$R_C" "-" "info"
  row "PI: Directus, single project" "$(fmt "${MED[PI]}") req/s" "-" "info"
  row "**I / PI**" "$R_I" "≥ 20" "$(pf "$R_I" ">=" 20)"
  row "PQ: Directus ?search=<common word> (unranked substring)" "$(awk -v v="${MED[PQ]}" 'BEGIN { printf "%.1f", v }') req/s" "-" "info"
  row "**Q / PQ**" "$R_Q" "≥ 1" "$(pf "$R_Q" ">=" 1)"
  if [ "${PEX_ROWS:-0}" = "$PEER_ROWS" ]; then
    row "Directus export $PEX_ROWS rows CSV" "$PEX_S s, $PEX_RPS rows/s, peak RSS $(mib "$PEX_PEAK") MiB" "-" "info"
    row "**Export CSV rows/s, service / Directus**" "$R_EX" "≥ 6" "$(pf "$R_EX" ">=" 6)"
  else
    row "Directus export $PEER_ROWS rows CSV" "failed (${PEX_ROWS:-no} rows; see the notes)" "-" "info"
  fi
  row "Start-up to first 200 (pinned), service / Directus" "$R_UP ($STARTUP_S s / $PEER_STARTUP_S s)" "-" "info"
  row "Directus RSS after start-up / after the export / VmHWM" "$(mib "$PEER_RSS_STARTUP") / $(mib "$PEER_RSS_END") / $(mib "$PEER_HWM_END") MiB" "-" "info"
fi

TABLE=$(printf '| Figure | Value | Target | Result |\n| --- | --- | --- | --- |\n'; printf '%s\n' "${ROWS[@]}")
runs_line() { printf '%s: %s' "$1" "$(tr -s ' ' <<<"${RPS[$2]}" | sed 's/^ //; s/ / \/ /g')"; }

CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM_GIB=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
JAVA_VERSION=$("${SERVICE_JAVA[0]}" -version 2>&1 | head -n 1)
PG_VERSION=$(sql "SELECT version()")
{
  echo "# Benchmark $(date +%F)"
  echo
  echo "\`bench/run.sh\` at $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' with uncommitted changes in src or pom.xml'); whole run $((TOTAL_S / 60)) min $((TOTAL_S % 60)) s (build ${BUILD_S} s, data generation ${GEN_S:-0} s)."
  echo
  echo "$TABLE"
  echo
  echo "$MISSES target(s) missed."
  echo
  echo "## Machine"
  echo
  echo "- CPU: $CPU_MODEL, $CORES cores; memory $MEM_GIB GiB; kernel $(uname -r)"
  echo "- Java: $JAVA_VERSION; service: \`${SERVICE_JAVA[*]##*/} -Xms64m -Xmx256m -jar quarkus-run.jar\`, profile bench${AOT_JAVA_HOME:+ (AOT cache trained by the integration tests)}"
  echo "- PostgreSQL: $PG_VERSION"
  echo "- Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the machine may be shared with other runs)"
  echo "- wrk: $(wrk -v 2>&1 | head -n 1 | awk '{ print $1, $2 }'); pgbench: $(pgbench --version)"
  if [ "$PINNED" = 1 ]; then
    echo "- Pinning: taskset applied — the service on core 1; wrk, pgbench, curl and psql on core 0. PostgreSQL cannot be pinned (a shared server): its backends run on both cores, beside the service in T, C, I and Q and beside pgbench in D and D_I."
  else
    echo "- Pinning: none (taskset unavailable or fewer than 2 cores); load generators, service and PostgreSQL share the CPUs."
  fi
  echo
  echo "## Method"
  echo
  echo "- Data: $(sql "SELECT count(*) FROM project") projects and $(sql "SELECT count(*) FROM press_release") press releases (bench/generate.sql, deterministic), $(sql "SELECT count(*) FROM country") countries, $(sql "SELECT count(*) FROM funder") funders, $(sql "SELECT count(*) FROM theme") themes; database $DB."
  echo "- Warm-up: ${WARMUP} s of mixed load. Each throughput figure is the median of $RUNS runs of ${DUR} s at $CONN connections (wrk -t1 / pgbench -c $CONN -j 1 -M prepared), run in rounds S, T, D, C, I, D_I, Q."
  echo "- T rotates over $(grep -c . "$OUT/requests/t.tsv") requests: the first page and one cursor page (pages 2-6) of each of the 50 countries. C sends the same with If-None-Match of their current ETags. I picks at random among 200 projects; D_I uses the same 200 ids. Q rotates over q=$(tr ' ' ',' <<<"$Q_WORDS")."
  echo "- D and D_I run exactly the statements the service ran for T and I (captured from pg_stat_statements and pg_stat_activity), with the same parameters bound as pgbench variables."
  echo "- Open loop: wrk with a pacing Lua script (delay() claims slots of a fixed schedule at the target rate; latency is measured from when the request is written), $OPEN_CONN connections; a request is late when no connection was free at its slot."
  echo "- Statements per request: pg_stat_statements reset for $DB only, then the T requests twice, the 200 I requests and the Q requests once each, sequentially; statements on rate_limit_window, data_version and api_key (the service's background work) are counted apart."
  echo "- Deep paging: p50 of 5 s of wrk at 1 connection on page 1 and on page 2,000 (cursor collected by walking the list). Exports: wall time of curl and the service's VmRSS sampled every 100 ms."
  echo "- Start-up: from launching java (pinned) to the first 200 from /api/v1/projects, polled every few ms."
  if [ -n "$PEER" ]; then
    echo "- Peer: Directus $PEER_VERSION on Node $("$PEER_NODE" -v) (bench/peer/directus.sh), database $PEER_DB on the same server, pinned like the service (it idles while the service is measured and the other way round); $PEER_ROWS projects from bench/peer/projects.sql ($PEER_SAME of 200 sampled rows are the service's: same id, title, dates, country), index (country, start_date DESC, id), public read. Each of PT, PC, PI, PQ runs right after T, C, I, Q in every round, with the same wrk settings; PT pages by offset (page=2-6), T by cursor. Start-up: launching node (pinned) to the first 200 from $(peer_startup_path). Export: $(peer_export_path csv)."
  fi
  echo
  echo "## Runs"
  echo
  for m in $FIGURES; do echo "- $(runs_line "$m" "$m")"; done
  echo "- C bytes per response (median): $C_BYTES"
  echo
  echo "## The captured SQL"
  echo
  echo "T, first page: \`$T_FIRST_SQL\`"
  echo
  echo "T, cursor page: \`$T_CURSOR_SQL\`"
  echo
  echo "I: \`$I_SQL\`"
  echo
  if [ -s "$OUT/notes.txt" ]; then
    echo "## Notes"
    echo
    sed 's/^/- /' "$OUT/notes.txt"
    echo
  fi
  echo "Raw outputs: bench/work/bench-$STAMP/ (not committed)."
} >"$RESULTS"

echo
echo "$TABLE"
echo
log "$MISSES target(s) missed; results in ${RESULTS#"$ROOT"/}; whole run $((TOTAL_S / 60)) min $((TOTAL_S % 60)) s"
[ "$MISSES" = 0 ]

#!/usr/bin/env bash
# Soak test: the packaged app (prod profile) against its own throwaway database, driven by wrk with a
# mixed read load (lists with filters, facets and a second page, single projects and press releases,
# search, the office, vocabularies, and conditional requests with If-None-Match) for SOAK_DURATION.
# Reports total requests, the error rate (non-2xx/3xx answers and socket errors), wrk's latency
# percentiles, and the service's RSS (VmRSS) and live heap after warm-up and at the end.
# Exits non-zero if there was any error, if the service died or stopped being ready, or if RSS grew
# by more than SOAK_MAX_RSS_GROWTH_PCT (20) percent after warm-up.
#
#   bench/soak.sh                         10 minutes (the default)
#   SOAK_DURATION=60s bench/soak.sh       a quick proof that it works
#
# Environment (all optional):
#   SOAK_DURATION            wrk duration of the measured run (default 10m; wrk syntax: 60s, 10m, 1h)
#   SOAK_WARMUP              unmeasured load before the first RSS reading (default 60s)
#   SOAK_THREADS, SOAK_CONNECTIONS   wrk threads and open connections (default 2 and 16)
#   SOAK_MAX_RSS_GROWTH_PCT  allowed RSS growth after warm-up, in percent (default 20)
#   SOAK_PORT                the service's port (default: a free loopback port)
#   JAVA_OPTS                JVM options of the service (default: a resident 256 MiB heap and the container
#                            image's GC options, as deployed by docker/k8s)
#   REBUILD=1                rebuild target/quarkus-app even if it exists
# Results (wrk output, the service's log, RSS samples every 10 s, summary) go to bench/work/soak-<time>/.
# Needs: JDK 17+, PostgreSQL on $PGHOST:$PGPORT (default 127.0.0.1:5432, user postgres, trust auth),
# curl and jq; installs wrk from Debian packages if it is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA=${JAVA:-java}
# The heap and GC settings the container image uses with docker/k8s (run-java.sh of the UBI
# OpenJDK runtime image with JAVA_MAX_MEM_RATIO=50 and a 512Mi limit).
# The whole heap is committed and touched at start (-Xms = -Xmx, AlwaysPreTouch): otherwise RSS keeps
# rising for many minutes as the old generation fills with garbage for the first time, up to -Xmx,
# which looks like growth but is bounded; with the heap resident from the start, growth means a leak.
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -Xms256m -XX:+AlwaysPreTouch -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError}
DURATION=${SOAK_DURATION:-10m}
WARMUP=${SOAK_WARMUP:-60s}
THREADS=${SOAK_THREADS:-2}
CONNECTIONS=${SOAK_CONNECTIONS:-16}
MAX_GROWTH=${SOAK_MAX_RSS_GROWTH_PCT:-20}
APP_DIR="$ROOT/target/quarkus-app"
DB="ilo_soak_$$"
OUT="$ROOT/bench/work/soak-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
APP_PID=""
SAMPLER_PID=""
DB_CREATED=0

say() { printf '%s\n' "$*"; }
die() { say "soak: $*" >&2; exit 2; }

cleanup() {
  local rc=$?
  set +e
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null && wait "$SAMPLER_PID" 2>/dev/null
  if [ -n "$APP_PID" ]; then
    kill -TERM "$APP_PID" 2>/dev/null
    for _ in $(seq 1 400); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
  fi
  if [ "$DB_CREATED" = 1 ]; then
    dropdb --if-exists --force "$DB" || say "soak: could not drop database $DB" >&2
  fi
  say "Results in $OUT"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- prerequisites
for tool in curl jq "$JAVA"; do command -v "$tool" >/dev/null || die "$tool is required"; done
if ! command -v wrk >/dev/null; then
  say "Installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
  { "${SUDO[@]}" apt-get update -q &&
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk; } \
    >"$OUT/apt.log" 2>&1 || { tail -n 20 "$OUT/apt.log"; die "could not install wrk"; }
fi
command -v wrk >/dev/null || die "wrk is not installed"

pg_up() { (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null; }
if ! pg_up && [ "$PGHOST" = 127.0.0.1 ] && command -v pg_ctlcluster >/dev/null; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  say "PostgreSQL is down; starting cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
pg_up || die "PostgreSQL is not reachable on $PGHOST:$PGPORT"

if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
  say "Building the packaged app (./mvnw -B -q package -DskipTests -Dspectral.skip)"
  ./mvnw -B -q package -DskipTests -Dspectral.skip
fi
[ -f "$APP_DIR/quarkus-run.jar" ] || die "$APP_DIR/quarkus-run.jar is missing after the build"

PORT=$(pick_port "${SOAK_PORT:-}") || die "port $SOAK_PORT is in use"
BASE="http://127.0.0.1:$PORT"

# ---------------------------------------------------------------- the service
createdb "$DB"
DB_CREATED=1
QUARKUS_PROFILE=prod \
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT="$PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
ILO_SIGNING_KEY="$(head -c 32 /dev/urandom | base64 | tr -d '\n=')" \
ILO_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000 \
  "$JAVA" $JAVA_OPTS -jar "$APP_DIR/quarkus-run.jar" >"$OUT/service.log" 2>&1 &
APP_PID=$!
say "Service pid $APP_PID on :$PORT, database $DB, JAVA_OPTS=$JAVA_OPTS"
for _ in $(seq 1 240); do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$OUT/service.log"; die "the service exited"; }
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  sleep 0.5
done
curl -sf -o /dev/null "$BASE/q/health/ready" || { tail -n 40 "$OUT/service.log"; die "the service is not ready after 120 s"; }

# ---------------------------------------------------------------- the request mix
# Candidate paths from the data itself; each is tried once and kept only if it answers 200 (a 4xx
# here is a stale filter in this script, not a service error). A third also go as conditional
# requests with the ETag just received, which the service must answer 304.
api() { curl -sf "$BASE$1"; }
projects=$(api '/api/v1/projects?limit=100' | jq -r '.items[].id')
releases=$(api '/api/v1/press-releases?limit=100' | jq -r '.items[].id')
countries=$(api '/api/v1/countries?limit=100' | jq -r '.items[].code')
themes=$(api '/api/v1/themes?limit=100' | jq -r '.items[].id' | head -n 4)
funders=$(api '/api/v1/funders?limit=100' | jq -r '.items[].id' | head -n 3)
years=$(api '/api/v1/press-releases?limit=100' | jq -r '.items[].publishedOn[0:4]' | sort -u | head -n 3)
cursor=$(api '/api/v1/projects?limit=3' | jq -r '.page.nextCursor // empty')
prcursor=$(api '/api/v1/press-releases?limit=5' | jq -r '.page.nextCursor // empty')

{
  echo '/api/v1/projects'
  echo '/api/v1/projects?limit=5'
  [ -n "$cursor" ] && echo "/api/v1/projects?limit=3&cursor=$cursor"
  echo '/api/v1/projects?facets=country,theme,funder,status'
  echo '/api/v1/projects?status=completed&sort=title'
  echo '/api/v1/projects?status=active,planned'
  echo '/api/v1/projects?activeOn=2019-06-30'
  echo '/api/v1/projects?from=2016-01-01&to=2020-12-31&sort=-endDate'
  echo '/api/v1/projects?q=employment'
  echo '/api/v1/projects?q=%22social%20protection%22'
  echo '/api/v1/projects?updatedSince=2000-01-01T00:00:00Z'
  for c in $countries; do echo "/api/v1/projects?country=$c"; echo "/api/v1/press-releases?country=$c&limit=5"; done
  for t in $themes; do echo "/api/v1/projects?theme=$t"; echo "/api/v1/press-releases?theme=$t"; done
  for f in $funders; do echo "/api/v1/projects?funder=$f"; done
  echo '/api/v1/press-releases'
  echo '/api/v1/press-releases?limit=5'
  [ -n "$prcursor" ] && echo "/api/v1/press-releases?limit=5&cursor=$prcursor"
  echo '/api/v1/press-releases?facets=country,theme,year'
  echo '/api/v1/press-releases?from=2018-01-01&to=2019-12-31'
  echo '/api/v1/press-releases?q=labour'
  echo '/api/v1/press-releases?sort=publishedOn'
  for y in $years; do echo "/api/v1/press-releases?year=$y"; done
  for p in $projects; do echo "/api/v1/projects/$p"; done
  for r in $releases; do echo "/api/v1/press-releases/$r"; done
  echo '/api/v1/projects?lang=zh&limit=5'
  echo '/api/v1/search?q=employment'
  echo '/api/v1/search?q=safety'
  echo '/api/v1/search?q=bargain&type=project'
  echo '/api/v1/search?q=mongolia%20-china'
  echo '/api/v1/office'
  echo '/api/v1/office?lang=mn'
  echo '/api/v1/countries'
  for c in $countries; do echo "/api/v1/countries/$c"; done
  echo '/api/v1/themes'
  for t in $themes; do echo "/api/v1/themes/$t"; done
  echo '/api/v1/funders'
  for f in $funders; do echo "/api/v1/funders/$f"; done
} >"$OUT/candidates.txt"

: >"$OUT/requests.tsv"
n=0; dropped=0
while read -r path; do
  headers=$(mktemp)
  status=$(curl -s -o /dev/null -D "$headers" -w '%{http_code}' "$BASE$path" || echo 000)
  etag=$(awk 'tolower($1)=="etag:" { sub(/\r$/, ""); print $2 }' "$headers"); rm -f "$headers"
  if [ "$status" != 200 ]; then
    say "WARN: left out of the mix (HTTP $status): $path"; dropped=$((dropped + 1)); continue
  fi
  printf '%s\t\n' "$path" >>"$OUT/requests.tsv"
  n=$((n + 1))
  if [ -n "$etag" ] && [ $((n % 3)) = 0 ]; then printf '%s\t%s\n' "$path" "$etag" >>"$OUT/requests.tsv"; fi
done <"$OUT/candidates.txt"
total=$(wc -l <"$OUT/requests.tsv")
conditional=$(awk -F'\t' '$2 != ""' "$OUT/requests.tsv" | wc -l)
[ "$total" -ge 20 ] || die "only $total usable requests; see $OUT/candidates.txt"
say "Request mix: $total requests ($conditional conditional with If-None-Match); $dropped candidates left out"

cat >"$OUT/soak.lua" <<'LUA'
-- Rotates over the requests in $SOAK_REQUESTS ("path<TAB>etag" lines; an etag makes it conditional)
-- and counts answers by status class in every thread; done() prints one SOAK_RESULT JSON line.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  reqs = {}
  for line in io.lines(os.getenv("SOAK_REQUESTS")) do
    local path, etag = line:match("^([^\t]*)\t?(.*)$")
    local headers = {}
    if etag ~= nil and etag ~= "" then headers["If-None-Match"] = etag end
    table.insert(reqs, wrk.format("GET", path, headers))
  end
  i = (tid * 7) % #reqs
  c2xx, c304, c3xx, c429, c4xx, c5xx = 0, 0, 0, 0, 0, 0
end

function request()
  i = i % #reqs + 1
  return reqs[i]
end

function response(status, headers, body)
  if status == 304 then c304 = c304 + 1
  elseif status >= 200 and status < 300 then c2xx = c2xx + 1
  elseif status >= 300 and status < 400 then c3xx = c3xx + 1
  elseif status == 429 then c429 = c429 + 1
  elseif status >= 400 and status < 500 then c4xx = c4xx + 1
  else c5xx = c5xx + 1 end
end

function done(summary, latency, requests)
  local t = { s2xx = 0, s304 = 0, s3xx = 0, s429 = 0, s4xx = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    t.s2xx = t.s2xx + thread:get("c2xx"); t.s304 = t.s304 + thread:get("c304")
    t.s3xx = t.s3xx + thread:get("c3xx"); t.s429 = t.s429 + thread:get("c429")
    t.s4xx = t.s4xx + thread:get("c4xx"); t.s5xx = t.s5xx + thread:get("c5xx")
  end
  local e = summary.errors
  io.write(string.format(
    'SOAK_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"statuses":{"2xx":%d,"304":%d,"3xx":%d,"429":%d,"4xx":%d,"5xx":%d},' ..
    '"latencyUs":{"mean":%.0f,"stdev":%.0f,"p50":%d,"p90":%d,"p99":%d,"p99_9":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    t.s2xx, t.s304, t.s3xx, t.s429, t.s4xx, t.s5xx,
    latency.mean, latency.stdev, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9), latency.max))
end
LUA
export SOAK_REQUESTS="$OUT/requests.tsv"

# ---------------------------------------------------------------- measurements
rss_kb() { proc_kb VmRSS; }
# live heap: used heap right after a full GC (jcmd ships with the JDK); empty if jcmd is missing
heap_live_kb() {
  command -v jcmd >/dev/null || return 0
  jcmd "$APP_PID" GC.run >/dev/null 2>&1 || return 0
  # G1: " garbage-first heap total …K, used …K"; Parallel/Serial: one such line per generation
  jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/^ [A-Za-z]/ && / total / && !/Metaspace/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); gsub(/[K,]/, "", v); s += v } }
    END { if (s) print s }'
}
mib() { [ -n "$1" ] && awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }' || echo "n/a"; }

say "Warm-up: $WARMUP, $THREADS threads, $CONNECTIONS connections"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --latency -s "$OUT/soak.lua" "$BASE" >"$OUT/wrk-warmup.txt" 2>&1 \
  || { cat "$OUT/wrk-warmup.txt"; die "wrk failed during warm-up"; }
sleep 2
RSS_START=$(rss_kb)          # before the forced GC, so a heap shrunk by it cannot look like growth later
HEAP_START=$(heap_live_kb)
say "After warm-up: RSS $(mib "$RSS_START"), live heap $(mib "$HEAP_START")"

( echo "elapsed_s,rss_kb"; s=0
  while kill -0 "$APP_PID" 2>/dev/null; do echo "$s,$(rss_kb)"; sleep 10; s=$((s + 10)); done ) >"$OUT/rss.csv" 2>/dev/null &
SAMPLER_PID=$!

say "Soak: $DURATION, $THREADS threads, $CONNECTIONS connections against $BASE"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$OUT/soak.lua" "$BASE" >"$OUT/wrk.txt" 2>&1 \
  || { cat "$OUT/wrk.txt"; die "wrk failed"; }
kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""

ALIVE=1
kill -0 "$APP_PID" 2>/dev/null || ALIVE=0
READY=0
[ "$ALIVE" = 1 ] && curl -sf -o /dev/null "$BASE/q/health/ready" && READY=1
RSS_END=""; HEAP_END=""
if [ "$ALIVE" = 1 ]; then sleep 2; RSS_END=$(rss_kb); HEAP_END=$(heap_live_kb); fi

# ---------------------------------------------------------------- report
result=$(sed -n 's/^SOAK_RESULT //p' "$OUT/wrk.txt")
[ -n "$result" ] || { cat "$OUT/wrk.txt"; die "no result from wrk"; }
echo "$result" | jq . >"$OUT/result.json"
r() { jq -r "$1" <<<"$result"; }
requests=$(r .requests)
errors=$(r '.errors.connect + .errors.read + .errors.write + .errors.status + .errors.timeout')
ms() { awk -v u="$1" 'BEGIN { printf "%.2f ms", u / 1000 }'; }
rate=$(awk -v e="$errors" -v n="$requests" 'BEGIN { printf "%.4f%%", n ? 100 * e / n : 0 }')
rps=$(awk -v n="$requests" -v d="$(r .durationUs)" 'BEGIN { printf "%.0f", d ? n / (d / 1e6) : 0 }')
growth=""
[ -n "$RSS_END" ] && growth=$(awk -v a="$RSS_START" -v b="$RSS_END" 'BEGIN { printf "%.1f", 100 * (b - a) / a }')

{
  say "================ soak summary ($DURATION after $WARMUP warm-up; $THREADS threads, $CONNECTIONS connections)"
  say "requests        $requests ($rps/s), $(r '.bytes') bytes"
  say "answers         2xx $(r '.statuses["2xx"]'), 304 $(r '.statuses["304"]'), other 3xx $(r '.statuses["3xx"]'), 429 $(r '.statuses["429"]'), other 4xx $(r '.statuses["4xx"]'), 5xx $(r '.statuses["5xx"]')"
  say "errors          $errors = $rate (non-2xx/3xx $(r .errors.status), connect $(r .errors.connect), read $(r .errors.read), write $(r .errors.write), timeout $(r .errors.timeout))"
  say "latency         p50 $(ms "$(r .latencyUs.p50)"), p90 $(ms "$(r .latencyUs.p90)"), p99 $(ms "$(r .latencyUs.p99)"), p99.9 $(ms "$(r .latencyUs.p99_9)"), max $(ms "$(r .latencyUs.max)"), mean $(ms "$(r .latencyUs.mean)")"
  say "RSS             after warm-up $(mib "$RSS_START"), at the end $(mib "$RSS_END") (${growth:-n/a}%; limit ${MAX_GROWTH}%)"
  say "live heap       after warm-up $(mib "$HEAP_START"), at the end $(mib "$HEAP_END") (used heap after a full GC)"
  say "service         $([ "$ALIVE" = 1 ] && echo alive || echo DIED), $([ "$READY" = 1 ] && echo ready || echo NOT READY) at the end"
} | tee "$OUT/summary.txt"

verdict=0
verdicts=()
[ "$errors" -eq 0 ] || verdicts+=("FAIL: $errors errors")
[ "$ALIVE" = 1 ] && [ "$READY" = 1 ] || verdicts+=("FAIL: the service is not alive and ready at the end")
if [ -n "$growth" ] && awk -v g="$growth" -v m="$MAX_GROWTH" 'BEGIN { exit !(g > m) }'; then
  verdicts+=("FAIL: RSS grew by $growth% after warm-up (limit $MAX_GROWTH%)")
fi
[ "${#verdicts[@]}" -eq 0 ] || verdict=1
if [ "$verdict" = 0 ]; then verdicts+=("soak: PASS"); else verdicts+=("soak: FAIL"); fi
printf '%s\n' "${verdicts[@]}" | tee -a "$OUT/summary.txt"
exit "$verdict"

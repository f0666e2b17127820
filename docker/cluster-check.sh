#!/usr/bin/env bash
# Proves that the service is stateless across replicas: two instances of the packaged app (prod
# profile, same database, same ILO_SIGNING_KEY) behind nginx (round robin), then
#   (a) a full partner sync of /api/v1/changes through nginx equals the same sync against instance 1;
#   (b) a paging walk of /api/v1/projects?limit=3 through nginx equals the direct one (10 ids, each once);
#   (c) an ETag obtained from one instance gives 304 on the other (and through nginx on both);
#   (d) a write through nginx shows up in the change feed of both instances, invalidates the other
#       instance's validator cache, and cursors and change tokens from one instance work on the other.
# Prints PASS/FAIL per check and exits non-zero if any failed. Everything it starts (two JVMs, nginx,
# a throwaway database ilo_cluster_<pid>) is stopped or dropped on exit.
#
#   docker/cluster-check.sh                    (from anywhere; works on the repository it lives in)
#
# Needs: JDK 17+, PostgreSQL on $PGHOST:$PGPORT (default 127.0.0.1:5432, user postgres, trust auth),
# curl, jq; installs nginx from Debian packages if it is missing. Builds target/quarkus-app with the
# Maven wrapper if it is missing (REBUILD=1 forces a build). Optional environment:
#   JAVA_OPTS   JVM options of each instance (default -Xmx256m)
#   PORTS       "nginx instance1 instance2" (default: three free loopback ports)
#   KEEP_WORK=1 keep the work directory (logs, nginx config) even when every check passed
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
APP_DIR="$ROOT/target/quarkus-app"
DB="ilo_cluster_$$"
WORK=$(mktemp -d /tmp/ilo-cluster-check.XXXXXX)
chmod 755 "$WORK"   # nginx workers (not root) must reach their temp directories below it
FAILED=0
declare -a PIDS=()
NGINX_STARTED=0
DB_CREATED=0

say() { printf '%s\n' "$*"; }
die() { say "cluster-check: $*" >&2; exit 2; }

# ---------------------------------------------------------------- cleanup (always)
cleanup() {
  local rc=$?
  set +e
  if [ "$NGINX_STARTED" = 1 ] && [ -f "$WORK/nginx.pid" ]; then
    local npid; npid=$(cat "$WORK/nginx.pid")
    kill -QUIT "$npid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$npid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$npid" 2>/dev/null
  fi
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 400); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  if [ "$DB_CREATED" = 1 ]; then
    dropdb --if-exists --force "$DB" || say "cluster-check: could not drop database $DB" >&2
  fi
  if [ "$rc" -ne 0 ] || [ "$FAILED" -ne 0 ] || [ "${KEEP_WORK:-0}" = 1 ]; then
    say "Logs and nginx config kept in $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- prerequisites
for tool in curl jq "$JAVA"; do command -v "$tool" >/dev/null || die "$tool is required"; done
if ! command -v nginx >/dev/null; then
  say "Installing nginx (Debian package)"
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
  { "${SUDO[@]}" apt-get update -q &&
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx; } \
    >"$WORK/apt.log" 2>&1 || { tail -n 20 "$WORK/apt.log"; die "could not install nginx"; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || die "nginx is not installed"

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

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 20000))
    if port_free "$p" && [[ " ${TAKEN:-} " != *" $p "* ]]; then TAKEN="${TAKEN:-} $p"; echo "$p"; return; fi
  done
}
if [ -n "${PORTS:-}" ]; then
  read -r LB_PORT PORT1 PORT2 <<<"$PORTS"
else
  LB_PORT=$(pick_port); TAKEN="$LB_PORT"; PORT1=$(pick_port); TAKEN="$TAKEN $PORT1"; PORT2=$(pick_port)
fi
for p in "$LB_PORT" "$PORT1" "$PORT2"; do port_free "$p" || die "port $p is in use"; done
LB="http://127.0.0.1:$LB_PORT"
I1="http://127.0.0.1:$PORT1"
I2="http://127.0.0.1:$PORT2"

# ---------------------------------------------------------------- database and instances
createdb "$DB"
DB_CREATED=1
SIGNING_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n=')
ISSUER=https://dev.ilo-cnmn.local/issuer

start_instance() { # n port
  QUARKUS_PROFILE=prod \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="$2" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  ILO_SIGNING_KEY="$SIGNING_KEY" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$ROOT/src/main/dev/jwt-dev-public.pem" \
  MP_JWT_VERIFY_ISSUER="$ISSUER" \
  ILO_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000 \
    "$JAVA" $JAVA_OPTS -jar "$APP_DIR/quarkus-run.jar" >"$WORK/instance$1.log" 2>&1 &
  PIDS+=("$!")
}

say "Database $DB; instance 1 on :$PORT1, instance 2 on :$PORT2 (started together: Flyway's lock lets one migrate), nginx on :$LB_PORT"
start_instance 1 "$PORT1"
start_instance 2 "$PORT2"

wait_ready() { # n url pid
  for _ in $(seq 1 240); do
    kill -0 "$3" 2>/dev/null || { say "instance $1 exited; its log:"; tail -n 40 "$WORK/instance$1.log"; return 1; }
    curl -sf -o /dev/null "$2/q/health/ready" && return 0
    sleep 0.5
  done
  say "instance $1 not ready after 120 s; its log:"; tail -n 40 "$WORK/instance$1.log"; return 1
}
wait_ready 1 "$I1" "${PIDS[0]}" || die "instance 1 did not become ready"
wait_ready 2 "$I2" "${PIDS[1]}" || die "instance 2 did not become ready"

# ---------------------------------------------------------------- nginx (own config, not the system one)
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 256; }
http {
  log_format upstream '\$remote_addr "\$request" \$status upstream=\$upstream_addr';
  access_log $WORK/nginx-access.log upstream;
  client_body_temp_path $WORK/nginx/client_body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;

  upstream ilo_api {
    # round robin (the default) over both replicas
    server 127.0.0.1:$PORT1;
    server 127.0.0.1:$PORT2;
    keepalive 8;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://ilo_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$host;
      # a failing replica must show up as a failure here, not be hidden by a retry on the other one
      proxy_next_upstream off;
      # tells the checks which replica answered
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
"$NGINX" -t -q -e "$WORK/nginx-error.log" -p "$WORK/nginx/" -c "$WORK/nginx.conf" || die "nginx config rejected"
"$NGINX" -e "$WORK/nginx-error.log" -p "$WORK/nginx/" -c "$WORK/nginx.conf"
NGINX_STARTED=1
for _ in $(seq 1 50); do curl -sf -o /dev/null "$LB/q/health/ready" && break; sleep 0.1; done
curl -sf -o /dev/null "$LB/q/health/ready" || die "nginx does not answer on :$LB_PORT"

# ---------------------------------------------------------------- helpers
# fetch URL [curl args...]: sets STATUS, BODY, UPSTREAM (nginx's X-Upstream) and keeps the headers.
fetch() {
  local url=$1; shift
  STATUS=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@" "$url" 2>"$WORK/curl.err") || STATUS=000
  BODY=$(cat "$WORK/body")
  UPSTREAM=$(header X-Upstream)
}
header() { # name -> value of the last such header of the last fetch
  awk -v h="$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]'):" \
    'tolower($1)==h { sub(/\r$/, ""); $1=""; sub(/^ /, ""); v=$0 } END { print v }' "$WORK/headers"
}
who() { # upstream address -> "instance 1" / "instance 2"
  case "$1" in *":$PORT1") echo "instance 1" ;; *":$PORT2") echo "instance 2" ;; *) echo "?($1)" ;; esac
}
why() { say "      $*"; }

# walk_changes BASE OUT [SINCE]: every item of the change feed (limit 7) into OUT, one JSON per line;
# OUT.token gets the last nextToken, OUT.upstreams who answered each page.
walk_changes() {
  local base=$1 out=$2 token=${3:-} pages=0
  : >"$out"; : >"$out.upstreams"
  while :; do
    fetch "$base/api/v1/changes?limit=7${token:+&since=$token}"
    [ "$STATUS" = 200 ] || { why "GET $base/api/v1/changes page $((pages + 1)): HTTP $STATUS $BODY"; return 1; }
    jq -c '.items[]' <<<"$BODY" >>"$out"
    [ -n "$UPSTREAM" ] && echo "$UPSTREAM" >>"$out.upstreams"
    token=$(jq -r .nextToken <<<"$BODY")
    pages=$((pages + 1))
    [ "$(jq -r .hasMore <<<"$BODY")" = true ] || break
    [ "$pages" -lt 1000 ] || { why "more than 1000 pages"; return 1; }
  done
  echo "$token" >"$out.token"
}

# walk_projects BASE OUT: ids of every page of /api/v1/projects?limit=3 into OUT.
walk_projects() {
  local base=$1 out=$2 cursor="" pages=0
  : >"$out"; : >"$out.upstreams"
  while :; do
    fetch "$base/api/v1/projects?limit=3${cursor:+&cursor=$cursor}"
    [ "$STATUS" = 200 ] || { why "GET $base/api/v1/projects page $((pages + 1)): HTTP $STATUS $BODY"; return 1; }
    jq -r '.items[].id' <<<"$BODY" >>"$out"
    [ -n "$UPSTREAM" ] && echo "$UPSTREAM" >>"$out.upstreams"
    jq -r '.page.totalItems' <<<"$BODY" >"$out.total"
    cursor=$(jq -r '.page.nextCursor // empty' <<<"$BODY")
    pages=$((pages + 1))
    [ -n "$cursor" ] || break
    [ "$pages" -lt 100 ] || { why "more than 100 pages"; return 1; }
  done
}

both_upstreams() { # file of upstream addresses -> true if both instances appear
  grep -q ":$PORT1\$" "$1" && grep -q ":$PORT2\$" "$1"
}

# ---------------------------------------------------------------- checks
check_a() {
  walk_changes "$LB" "$WORK/changes.lb" || return 1
  walk_changes "$I1" "$WORK/changes.i1" || return 1
  local n; n=$(wc -l <"$WORK/changes.lb")
  [ "$n" -gt 0 ] || { why "the change feed is empty"; return 1; }
  cmp -s "$WORK/changes.lb" "$WORK/changes.i1" || {
    why "sync through nginx differs from instance 1:"; diff "$WORK/changes.lb" "$WORK/changes.i1" | head -n 10; return 1; }
  both_upstreams "$WORK/changes.lb.upstreams" || { why "nginx did not use both replicas: $(sort -u "$WORK/changes.lb.upstreams" | tr '\n' ' ')"; return 1; }
  # the final token works on either replica: nothing more to read
  local i
  for i in "$I1" "$I2"; do
    fetch "$i/api/v1/changes?limit=7&since=$(cat "$WORK/changes.lb.token")"
    [ "$STATUS" = 200 ] && [ "$(jq -c '[(.items | length), .hasMore]' <<<"$BODY")" = '[0,false]' ] || {
      why "final token on $i: HTTP $STATUS $BODY"; return 1; }
  done
  why "$n changes in $(wc -l <"$WORK/changes.lb.upstreams") pages, answered alternately by both replicas; identical to instance 1"
}

check_b() {
  walk_projects "$LB" "$WORK/projects.lb" || return 1
  walk_projects "$I1" "$WORK/projects.i1" || return 1
  cmp -s "$WORK/projects.lb" "$WORK/projects.i1" || {
    why "ids through nginx differ from instance 1:"; diff "$WORK/projects.lb" "$WORK/projects.i1" | head; return 1; }
  local n u; n=$(wc -l <"$WORK/projects.lb"); u=$(sort -u "$WORK/projects.lb" | wc -l)
  [ "$n" = 10 ] && [ "$u" = 10 ] || { why "expected 10 distinct ids, got $n ($u distinct)"; return 1; }
  [ "$(cat "$WORK/projects.lb.total")" = 10 ] || { why "totalItems $(cat "$WORK/projects.lb.total")"; return 1; }
  both_upstreams "$WORK/projects.lb.upstreams" || { why "nginx did not use both replicas"; return 1; }
  why "10 ids, each once, in $(wc -l <"$WORK/projects.lb.upstreams") pages across both replicas; identical to instance 1"
}

check_c() {
  local path etag ups first
  fetch "$I1/api/v1/projects?limit=1"; first=$(jq -r '.items[0].id' <<<"$BODY")
  for path in "/api/v1/projects/$first" "/api/v1/projects?country=CN&limit=3" "/api/v1/office"; do
    fetch "$I1$path"
    etag=$(header ETag)
    [ "$STATUS" = 200 ] && [ -n "$etag" ] || { why "GET $path on instance 1: HTTP $STATUS, ETag '$etag'"; return 1; }
    # instance 2 never sent this ETag: it must still recognise it
    fetch "$I2$path" -H "If-None-Match: $etag"
    [ "$STATUS" = 304 ] || { why "instance 1's ETag $etag for $path on instance 2: HTTP $STATUS"; return 1; }
    ups=""
    for _ in 1 2; do
      fetch "$LB$path" -H "If-None-Match: $etag"
      [ "$STATUS" = 304 ] || { why "$path through nginx ($(who "$UPSTREAM")) with If-None-Match: HTTP $STATUS"; return 1; }
      ups="$ups$UPSTREAM"$'\n'
    done
    printf '%s' "$ups" >"$WORK/etag.upstreams"
    both_upstreams "$WORK/etag.upstreams" || { why "both nginx requests went to $(who "$UPSTREAM")"; return 1; }
  done
  why "ETags from instance 1 (a project, a filtered list, the office) give 304 on instance 2 and through nginx on both replicas"
}

check_d() {
  local token since etag2 writer other id loc etag ok i p1 a b c1 page2_i1 page2_i2 t2
  token=$(cd "$ROOT" && "$JAVA" src/main/dev/MintToken.java cluster-check editor 5) || { why "could not mint a token"; return 1; }
  walk_changes "$I1" "$WORK/before-write" || return 1
  since=$(cat "$WORK/before-write.token")
  # both replicas remember the validator of the first list page (and answer it 304 from memory)
  for i in "$I1" "$I2"; do
    fetch "$i/api/v1/projects?limit=3"; etag2=$(header ETag)
    fetch "$i/api/v1/projects?limit=3" -H "If-None-Match: $etag2"
    [ "$STATUS" = 304 ] || { why "$i did not answer its own ETag with 304 (HTTP $STATUS)"; return 1; }
  done

  fetch "$LB/api/v1/projects" -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"title": "Cluster check '"$$"'", "summary": "Written through nginx by docker/cluster-check.sh.",
         "startDate": "2031-01-01", "endDate": "2031-12-31", "countries": ["MN"], "themes": ["employment"]}'
  [ "$STATUS" = 201 ] || { why "POST through nginx: HTTP $STATUS $BODY"; return 1; }
  writer=$UPSTREAM; loc=$(header Location); etag=$(header ETag); id=${loc##*/}
  why "created project $id through nginx on $(who "$writer")"

  # both replicas: the new project is readable and the change feed after the old token shows it
  for i in "$I1" "$I2"; do
    fetch "$i/api/v1/projects/$id"
    [ "$STATUS" = 200 ] || { why "GET project $id on $i: HTTP $STATUS"; return 1; }
    walk_changes "$i" "$WORK/after-write" "$since" || return 1
    jq -e -s --arg id "$id" 'any(.[]; .type == "project" and .id == $id)' "$WORK/after-write" >/dev/null || {
      why "change feed of $i after the sync token does not show $id: $(tr '\n' ' ' <"$WORK/after-write")"; return 1; }
  done
  t2=$(cat "$WORK/after-write.token")   # the last walk ran on instance 2
  fetch "$I1/api/v1/changes?limit=7&since=$t2"
  [ "$STATUS" = 200 ] && [ "$(jq -c '[(.items | length), .hasMore]' <<<"$BODY")" = '[0,false]' ] || {
    why "instance 2's change token on instance 1: HTTP $STATUS $BODY"; return 1; }
  why "both replicas serve $id and list it in /changes; instance 2's change token works on instance 1"

  # the other replica's remembered validator is stale now (data version via LISTEN/NOTIFY): no 304
  if [ "$(who "$writer")" = "instance 1" ]; then other=$I2; else other=$I1; fi
  ok=0
  for _ in $(seq 1 20); do
    fetch "$other/api/v1/projects?limit=3" -H "If-None-Match: $etag2"
    [ "$STATUS" = 200 ] && { ok=1; break; }
    sleep 0.25
  done
  [ "$ok" = 1 ] || { why "$(who "$other") still answers 304 to the pre-write ETag of the project list after 5 s"; return 1; }
  [ "$(jq -r .page.totalItems <<<"$BODY")" = 11 ] || { why "$(who "$other") lists $(jq -r .page.totalItems <<<"$BODY") projects, expected 11"; return 1; }
  why "the replica that did not write ($(who "$other")) no longer answers 304 to its remembered list ETag and lists 11 projects"

  # a cursor from one replica works on the other and gives the same page
  for p1 in "$I1 $I2" "$I2 $I1"; do
    read -r a b <<<"$p1"
    fetch "$a/api/v1/projects?limit=3"; c1=$(jq -r .page.nextCursor <<<"$BODY")
    fetch "$a/api/v1/projects?limit=3&cursor=$c1"; page2_i1=$BODY
    fetch "$b/api/v1/projects?limit=3&cursor=$c1"; page2_i2=$BODY
    [ "$STATUS" = 200 ] && [ "$page2_i1" = "$page2_i2" ] || { why "cursor from $a on $b: HTTP $STATUS $BODY"; return 1; }
  done
  why "cursors from either replica give the same second page on the other"

  # clean up through nginx: the delete is a tombstone on both replicas
  fetch "$LB/api/v1/projects/$id" -X DELETE -H "Authorization: Bearer $token" -H "If-Match: $etag"
  [ "$STATUS" = 204 ] || { why "DELETE $id through nginx: HTTP $STATUS $BODY"; return 1; }
  writer=$UPSTREAM
  for i in "$I1" "$I2"; do
    walk_changes "$i" "$WORK/after-delete" "$t2" || return 1
    jq -e -s --arg id "$id" 'any(.[]; .id == $id and .action == "delete")' "$WORK/after-delete" >/dev/null || {
      why "no tombstone for $id on $i: $(tr '\n' ' ' <"$WORK/after-delete")"; return 1; }
  done
  why "deleted $id through nginx on $(who "$writer"); the tombstone is in /changes on both replicas"
}

run_check() { # id title function
  say "[$1] $2"
  if "$3"; then say "PASS ($1) $2"; else say "FAIL ($1) $2"; FAILED=$((FAILED + 1)); fi
}

run_check a "partner sync of /api/v1/changes through nginx equals the sync against instance 1" check_a
run_check b "paging /api/v1/projects?limit=3 through nginx equals the direct walk" check_b
run_check c "an ETag from one replica gives 304 on the other" check_c
run_check d "a write through nginx is visible on both replicas; cursors and tokens cross replicas" check_d

if [ "$FAILED" -eq 0 ]; then
  say "cluster-check: PASS (4 of 4 checks)"
else
  say "cluster-check: FAIL ($FAILED of 4 checks failed)"
  for n in 1 2; do say "--- instance $n log (last 20 lines)"; tail -n 20 "$WORK/instance$n.log"; done
  exit 1
fi

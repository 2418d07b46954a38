#!/usr/bin/env bash
# The benchmark, one command: bench/run.sh  (see bench/README.md).
# Builds both apps, creates fresh databases on the local MariaDB/MySQL (root over the socket),
# runs the four parts, stops the apps and writes bench/results/latest.md.
# Sizes can be lowered for a quick try:
#   BENCH_SECONDS=3 BENCH_ROUNDS=1 BENCH_LARGE=600 BENCH_CITY=7200 BENCH_CITY_OFFICE_TASKS=50 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_LEVEL=${BENCH_SECONDS:-10}
SMALL=${BENCH_SMALL:-600}
LARGE=${BENCH_LARGE:-6000}
# A city's construction system (issue #26): above 6,700 people the demo adds district bureaus.
CITY=${BENCH_CITY:-20000}
# Each city part's queries: the branch secretary of a01 (≈ 500 members at 20,000) with their reviews
# open, and the Party office with this many open group tasks (书记领办 projects awaiting 党办审核).
CITY_OFFICE_TASKS=${BENCH_CITY_OFFICE_TASKS:-2000}
# Which parts run (all by default): approval (1, 2), large (3-5 and 8 at BENCH_LARGE), city (3-5 and 7
# at BENCH_CITY), fanout (9 at BENCH_CITY); part 6 needs large and city. E.g. BENCH_PARTS="large city"
# when time is short.
PARTS=${BENCH_PARTS:-approval large city fanout}
# Part 9: rounds of a city launch with the notice channel and without, alternating.
FANOUT_ROUNDS=${BENCH_FANOUT_ROUNDS:-2}
has_part() { [[ " $PARTS " == *" $1 "* ]]; }
JVM_FLAGS=${BENCH_JVM_FLAGS:--Xmx1g -XX:+UseG1GC}
POOL=${BENCH_POOL_SIZE:-20}
MYSQL=(mysql -uroot)
WORK=$(mktemp -d)
RESULTS=bench/results
OUT=$WORK/results.md
mkdir -p "$RESULTS"
PIDS=()

stop_apps() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
restore() {
  stop_apps
  "${MYSQL[@]}" -e "SET GLOBAL userstat=${USERSTAT_BEFORE:-OFF}" 2>/dev/null || true
}
trap restore EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }

fresh_db() {  # name user
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
    CREATE USER IF NOT EXISTS '$2'@'127.0.0.1' IDENTIFIED BY '$2'; GRANT ALL ON \`$1\`.* TO '$2'@'127.0.0.1';"
}
jdbc_url() {
  echo "jdbc:mysql://127.0.0.1:3306/$1?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sendFractionalSeconds=false&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true"
}

# Starts our app on database $1 with $2 demo people (a node name $3 for a second node); sets OURS_URL,
# OURS_PID, OURS_READY_S.
start_ours() {
  local port; port=$(free_port)
  # Every person reachable over the fake 钉钉, unless NO_CHANNEL (part 9's comparison: in-app only).
  local channel=(--qinglian.demo.dingtalk-ids=true --qinglian.notice.channels.dingtalk.base-url="$BENCH_FAKE_CHANNEL"
    --qinglian.notice.channels.dingtalk.app-key=bench --qinglian.notice.channels.dingtalk.app-secret=bench
    --qinglian.notice.channels.dingtalk.agent-id=1)
  if [ -n "${NO_CHANNEL:-}" ]; then channel=(); fi
  local t0; t0=$(date +%s.%N)
  DB_URL="$(jdbc_url "$1")&rewriteBatchedStatements=true" DB_USER=qlbench DB_PASSWORD=qlbench DB_POOL_SIZE=$POOL \
  QINGLIAN_ADMIN_USER=demo QINGLIAN_ADMIN_PASSWORD=demo PORT=$port \
    java $JVM_FLAGS -jar target/qinglian-workflow-0.1.0-SNAPSHOT.jar --spring.profiles.active=mysql,demo \
      --qinglian.demo.members="$2" \
      "${channel[@]}" \
      --qinglian.notice.quiet-start=00:00 --qinglian.notice.quiet-end=00:00 \
      > "$WORK/ours-$2${3:-}.log" 2>&1 &
  OURS_PID=$!; PIDS+=("$OURS_PID"); OURS_URL=http://127.0.0.1:$port
  wait_ready "$OURS_URL/actuator/health/readiness" "$WORK/ours-$2${3:-}.log"
  OURS_READY_S=$(echo "$(date +%s.%N) - $t0" | bc)
}
# The baseline (the starter's defaults) and, for reference, the same engine with security on.
start_stock() {
  local port; port=$(free_port)
  DB_URL="$(jdbc_url qinglian_bench_stock)" DB_USER=qlstock DB_PASSWORD=qlstock DB_POOL_SIZE=$POOL PORT=$port \
    java $JVM_FLAGS -jar bench/stock/target/stock-engine.jar > "$WORK/stock.log" 2>&1 &
  STOCK_PID=$!; PIDS+=("$STOCK_PID"); STOCK_URL=http://127.0.0.1:$port
  port=$(free_port)
  DB_URL="$(jdbc_url qinglian_bench_secured)" DB_USER=qlsecure DB_PASSWORD=qlsecure DB_POOL_SIZE=$POOL PORT=$port \
    java $JVM_FLAGS -jar bench/stock/target/stock-engine.jar --spring.profiles.active=secured > "$WORK/secured.log" 2>&1 &
  SECURED_PID=$!; PIDS+=("$SECURED_PID"); SECURED_URL=http://127.0.0.1:$port
  wait_ready "$STOCK_URL/engine-rest/engine" "$WORK/stock.log"
  # ready once the last user has its last grant (SecuredStock makes them after the web server starts);
  # an unknown user is not throttled
  wait_ready "$SECURED_URL/engine-rest/process-definition/key/approvalStep" "$WORK/secured.log" head-d08:demo
}
wait_ready() {  # url log [user:password]
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null ${3:+-u "$3"} "$1"; then return 0; fi
    sleep 0.5
  done
  echo "not ready: $1; log: $2" >&2; tail -30 "$2" >&2; exit 1
}
driver() { java bench/driver/Bench.java "$@"; }
# Every person has a 钉钉 id and our app sends each notice to this fake 钉钉 (a local HTTP server), so
# that notices cost what they cost in production; part 3 reports when the launch's last one arrived.
start_fake_channel() {
  local port; port=$(free_port)
  driver fakechannel "$WORK/fake.md" "$port" > "$WORK/fake.log" 2>&1 &
  PIDS+=("$!"); export BENCH_FAKE_CHANNEL=http://127.0.0.1:$port
  wait_ready "$BENCH_FAKE_CHANNEL/stats" "$WORK/fake.log"
}

T_START=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== building" >&2
./mvnw -B -q package -DskipTests
./mvnw -B -q -f bench/stock/pom.xml package -DskipTests

echo "== databases" >&2
USERSTAT_BEFORE=$("${MYSQL[@]}" -N -B -e "SELECT @@userstat")
"${MYSQL[@]}" -e "SET GLOBAL userstat=ON"
fresh_db qinglian_bench qlbench
fresh_db qinglian_bench_stock qlstock
fresh_db qinglian_bench_secured qlsecure
fresh_db qinglian_bench_6k qlbench
fresh_db qinglian_bench_city qlbench

if has_part approval; then
  echo "== parts 1 and 2: approval step, ours ($SMALL people) vs stock+auth (and the open stock engine)" >&2
  start_fake_channel
  start_stock
  start_ours qinglian_bench "$SMALL"
  SMALL_READY=$(printf '%.0f' "$OURS_READY_S")
  driver approval "$OUT" "$OURS_URL" "$OURS_PID" "$STOCK_URL" "$STOCK_PID" "$SECURED_URL" "$SECURED_PID" "$SECONDS_PER_LEVEL" 2 4
  driver roundtrips "$OUT" "$OURS_URL" "$STOCK_URL" "$SECURED_URL" 20
  stop_apps
fi

# One organisation size after another, each on a fresh database: campaign and cascade (3), the lists
# with a second campaign open (4), the first campaign to its end (5).
sized_parts() {  # database people label
  start_fake_channel
  start_ours "$1" "$2"
  READY[$3]=$(printf '%.0f' "$OURS_READY_S")
  echo "== part 3: campaigns, $3" >&2
  driver campaign "$OUT" "$OURS_URL" "$OURS_PID" "$3"
  echo "== part 4: query latency, $3" >&2
  BENCH_DB=$1 driver queries "$OUT" "$OURS_URL" 100
  echo "== part 5: the campaign to its end, $3 (after part 4, which needs its 剖 tasks open)" >&2
  driver completion "$OUT" "$OURS_URL" "$3"
  if [ -n "${TWO_NODES:-}" ]; then
    echo "== part 8: two nodes on one database, $3" >&2
    local first=$OURS_URL
    start_ours "$1" "$2" -node2   # the demo organisation is there already: the second node loads nothing
    driver twonodes "$OUT" "$first" "$OURS_URL" "$SECONDS_PER_LEVEL" "$3"
  fi
  if [ -n "${CLEANUP:-}" ]; then
    echo "== part 7: history cleanup, $3" >&2
    driver cleanup "$OUT" "$OURS_URL" "$1" "$3"
  fi
  stop_apps
}
declare -A READY
if has_part large; then
  TWO_NODES=1 sized_parts qinglian_bench_6k "$LARGE" "$LARGE people"
fi
if has_part city; then
  CLEANUP=1 BENCH_REVIEWER=bs-a01 BENCH_REVIEWER_UNIT=a01 BENCH_OFFICE_TASKS=$CITY_OFFICE_TASKS \
    sized_parts qinglian_bench_city "$CITY" "$CITY people"
fi
if has_part fanout; then
  echo "== part 9: the launch's fan-out with and without notices, $CITY people" >&2
  for round in $(seq 1 "$FANOUT_ROUNDS"); do
    for mode in with without; do
      fresh_db qinglian_bench_fanout qlbench
      start_fake_channel
      if [ "$mode" = without ]; then NO_CHANNEL=1 start_ours qinglian_bench_fanout "$CITY" -fanout; else start_ours qinglian_bench_fanout "$CITY" -fanout; fi
      driver fanout "$OUT" "$OURS_URL" "$CITY people" "$mode-$round"
      stop_apps
    done
  done
  driver fanoutsummary "$OUT" "$CITY people"
fi
if has_part large && has_part city; then
  echo "== part 6: the city against $LARGE people" >&2
  driver cityratios "$OUT" "$LARGE people" "$CITY people"
fi

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# Benchmark results $(date -u +%Y-%m-%d)"
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM; load average at start $LOAD_START, at end $LOAD_END"
  echo "- database: $("${MYSQL[@]}" -N -B -e 'SELECT VERSION()'), innodb_flush_log_at_trx_commit=$("${MYSQL[@]}" -N -B -e 'SELECT @@innodb_flush_log_at_trx_commit')"
  echo "- JVM: $(java -version 2>&1 | head -1), flags \`$JVM_FLAGS\`, Hikari pool $POOL, all apps alike"
  echo "- parts run: $PARTS; our app ready (demo organisation loaded): $SMALL people ${SMALL_READY:-—} s, $LARGE people ${READY["$LARGE people"]:-—} s, $CITY people ${READY["$CITY people"]:-—} s"
  echo "- whole run: $(( $(date +%s) - T_START )) s"
  echo
  cat "$OUT"
} > "$RESULTS/latest.md"
cat "$RESULTS/latest.md"

#!/usr/bin/env bash
# Browser tests: starts the built jar (demo profile, fresh H2 in a temp dir, a free port) and drives
# Debian's Chromium with playwright-core through Tasklist and the report card. Needs the jar that
# `./mvnw verify` (or `./mvnw -DskipTests package`) leaves in target/. Installs what it lacks.
set -euo pipefail
E2E_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$E2E_DIR")"
DEBIAN_PACKAGES=(chromium fonts-noto-cjk)
started_at=$(date +%s)

elapsed() { echo "$(( $(date +%s) - started_at )) s"; }

install_debian_packages() {
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  echo "Installing ${missing[*]} ..."
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # Update the package lists only when something must be installed.
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

free_port() {
  node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

echo "== Browser tests (e2e/)"
install_debian_packages
command -v chromium >/dev/null || { echo "chromium is not installed" >&2; exit 1; }

shopt -s nullglob
jars=("$ROOT"/target/qinglian-workflow-*.jar)
shopt -u nullglob
if [ ${#jars[@]} -eq 0 ]; then
  echo "No target/qinglian-workflow-*.jar: build it first (./mvnw -B -DskipTests package)" >&2
  exit 1
fi
JAR="${jars[0]}"

(cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error)

WORK_DIR="$(mktemp -d -t qinglian-e2e-XXXXXX)"
PORT="${E2E_PORT:-$(free_port)}"
APP_PID=""
mkdir -p "$E2E_DIR/out"

cleanup() {
  local status=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  cp "$WORK_DIR/app.log" "$E2E_DIR/out/app.log" 2>/dev/null || true
  rm -rf "$WORK_DIR"
  exit "$status"
}
trap cleanup EXIT INT TERM

echo "Starting $(basename "$JAR") on port $PORT (demo profile, data in $WORK_DIR) ..."
# The working directory holds ./data, so every run starts from an empty H2 database.
(cd "$WORK_DIR" && exec java -jar "$JAR" --server.port="$PORT" --spring.profiles.active=demo >"$WORK_DIR/app.log" 2>&1) &
APP_PID=$!

for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
    break
  fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "The app stopped during start-up:" >&2
    tail -n 50 "$WORK_DIR/app.log" >&2
    exit 1
  fi
  sleep 1
done
if ! curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
  echo "The app did not report UP within 180 s:" >&2
  tail -n 50 "$WORK_DIR/app.log" >&2
  exit 1
fi
echo "App up after $(elapsed)."

cat <<'EOF'
Checks:
  1. a member (m0001) signs in through Tasklist's login page (zh-CN browser) and sees Tasklist with
     the Chinese filters; the report card tells them it is not for them (403)
  2. the member completes the 查 form of a self-review campaign in Tasklist; REST shows the task
     moved on to 改 and the finding recorded
  3. the report card without a session points to the login (401); office1 signs in, follows Welcome's
     党建报表 link and sees the year's figures, the campaign's members, export links; switches year
  4. the report card with 240 units / 6,000 people (intercepted /api/dashboard): every row,
     escaped names, sticky header, sort by lowest completion, name filter
  5. a branch secretary's list names the member; a return through 审批记录 reaches the member
     marked 【已退回】 with the reason on the form, and no 转办 on their own step
  6. the starter urges the approver from 我的审批; the approver transfers the task
  7. a refused 改 names the fields and shows the first; 立行立改 makes 完成 work again
  8. a unit head approves a risk point seeing the point and its measures, returns it, and sees
     why on 制定防控措施, where 责任人 is picked from the organisation
  9. the administrator reads Admin (姓名, 系统管理员) and a member's review in Cockpit (no null, Chinese
     times, the member's pool zoomed into view)
 10–14. the phone page (掌上办): a notice's task, 查改剖 and its return, the letter signed by hand,
     first load and 200 % text, risk evidence from the camera, 抄送 and 转办
 15. a branch secretary proposes a 书记领办党建项目 from 启动流程; the office claims, reads and returns
     it; the form comes back filled in; after approval the secretary reports from a phone with a photo
 16. members sign in to a 廉政教育课 on a 360 px phone, one from the room's link, one with its code (a short and
     a wrong code refused in Chinese); the organiser's phone page shows the code and counts them
 17. a member reads the record of their 提醒谈话 on a phone, adds a statement and confirms; the office's list
     of talks holds no content
Screenshots: e2e/out/
EOF

set +e
(cd "$E2E_DIR" && E2E_BASE_URL="http://127.0.0.1:$PORT" node --test --test-concurrency=1 --test-reporter=spec tests/*.test.js)
result=$?
set -e
if [ $result -ne 0 ]; then
  echo "Browser tests FAILED after $(elapsed); the app's log is in e2e/out/app.log" >&2
  exit $result
fi
echo "Browser tests passed in $(elapsed)."

#!/usr/bin/env bash
# Keeps the kiosk window running: restarts COMMAND when it ends with a non-zero exit code (a
# crash, an out-of-memory kill), at most MAX times within a minute; then it gives up with that
# exit code, so a service manager above it (systemd's Restart= with its own limit) decides.
# Exit code 0 (an admin's 退出程序, a normal close) ends it; 75 (an admin's 立即重新启动 after new
# settings) starts it again at once without counting as a crash. The restarted command gets
# KIOSK_RESTARTED="<n> <exit code>" in its environment, and the kiosk logs why it restarted.
# SIGTERM/SIGINT are passed on to the command.
# Usage: tools/supervise.sh MAX -- COMMAND [ARGS...]
set -uo pipefail
max="$1"
shift
[ "${1:-}" = "--" ] && shift
child=0
stop() {
  if [ "$child" -gt 0 ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child"
  fi
  exit 143
}
trap stop TERM INT
recent=()
restarts=0
while :; do
  "$@" &
  child=$!
  wait "$child"
  code=$?
  child=0
  if [ "$code" -eq 0 ]; then
    exit 0
  fi
  if [ "$code" -eq 75 ]; then
    # The kiosk asked for it (an admin saved new settings): not a crash, not counted.
    echo "kiosk: restarting as requested" >&2
    unset KIOSK_RESTARTED
    continue
  fi
  now=$(date +%s)
  kept=()
  for t in "${recent[@]+"${recent[@]}"}"; do
    if [ $((now - t)) -lt 60 ]; then
      kept+=("$t")
    fi
  done
  recent=("${kept[@]+"${kept[@]}"}" "$now")
  if [ "${#recent[@]}" -gt "$max" ]; then
    echo "kiosk: stopped after ${#recent[@]} unexpected exits within a minute (last exit code $code); see the log" >&2
    exit "$code"
  fi
  restarts=$((restarts + 1))
  echo "kiosk: the kiosk ended unexpectedly (exit code $code); restarting ($restarts)" >&2
  export KIOSK_RESTARTED="$restarts $code"
  sleep "${KIOSK_RESTART_DELAY:-1}"
done

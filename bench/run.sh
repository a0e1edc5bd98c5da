#!/usr/bin/env bash
# Runs the benchmarks and prints their figures (copy them into docs/benchmarks.md with the
# machine and date). Needs a display: without one it re-runs itself under xvfb-run.
# Usage: bench/run.sh [startup|list|sync|all] [trials]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WHAT="${1:-all}"
TRIALS="${2:-10}"

# The feed sync benchmark needs no display.
if [ -z "${DISPLAY:-}" ] && [ "$WHAT" != sync ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

"$ROOT/mvnw" -q -B -ntp -f "$ROOT/pom.xml" -DskipTests package
CP="$ROOT/target/gongkai-kiosk.jar:$ROOT/target/lib/*"
OUT="$ROOT/bench/target/classes"
rm -rf "$OUT" && mkdir -p "$OUT"
# target/test-classes: the sync benchmark uses the tests' FeedGenerator (-DskipTests still compiles it).
TCP="$ROOT/target/test-classes"
javac -d "$OUT" -cp "$CP:$TCP" $(find "$ROOT/bench/src" -name '*.java')
jar cf "$ROOT/bench/target/bench.jar" -C "$OUT" .
BCP="$ROOT/bench/target/bench.jar:$ROOT/target/gongkai-kiosk.jar:$(ls "$ROOT"/target/lib/*.jar | tr '\n' ':')"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
if [ "$WHAT" = startup ] || [ "$WHAT" = all ]; then
  echo "== start-up"
  java -cp "$BCP" cn.gongkai.kiosk.bench.StartupBenchmark "$ROOT" "$TRIALS"
fi
if [ "$WHAT" = list ] || [ "$WHAT" = all ]; then
  echo "== 10,000-item list and heap"
  java -Xmx512m -Dprism.lcdtext=false -cp "$BCP" cn.gongkai.kiosk.ui.ListBenchmark "$ROOT"
fi
if [ "$WHAT" = sync ] || [ "$WHAT" = all ]; then
  echo "== feed sync (10,000 records, 200 media files, 50 MB)"
  # Its own class path: StartupBenchmark's must hold jars only (class-data sharing).
  java -Xmx1g -cp "${BCP%:}:$TCP" cn.gongkai.kiosk.bench.SyncBenchmark
fi

#!/usr/bin/env bash
# Runs the benchmarks and prints their figures (copy them into docs/benchmarks.md with the
# machine and date). Needs a display: without one it re-runs itself under xvfb-run.
# Usage: bench/run.sh [startup|list|sync|speech|search|all] [trials] (for speech: taps, default 20)
# KIOSK_BUILD=DIR builds into and runs from DIR instead of target/ (-Dkiosk.build), so a benchmark
# can run beside other builds of the same checkout; the benchmarks' own classes then go to DIR/bench.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WHAT="${1:-all}"
TRIALS="${2:-10}"
if [ -n "${KIOSK_BUILD:-}" ]; then
  BUILD="$(realpath -m "$KIOSK_BUILD")"
else
  BUILD="$ROOT/target"
fi
if [ "$BUILD" = "$ROOT/target" ]; then
  BENCH="$ROOT/bench/target"
else
  BENCH="$BUILD/bench"
fi

# The feed sync and speech benchmarks need no display.
if [ -z "${DISPLAY:-}" ] && [ "$WHAT" != sync ] && [ "$WHAT" != speech ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

if [ "$WHAT" = speech ]; then
  # Needs the application only: neither the tests' classes nor the other benchmarks.
  "$ROOT/mvnw" -q -B -ntp -f "$ROOT/pom.xml" -Dmaven.test.skip=true -Dkiosk.build="$BUILD" package
  SOURCES="$ROOT/bench/src/cn/gongkai/kiosk/bench/SpeechBenchmark.java"
else
  "$ROOT/mvnw" -q -B -ntp -f "$ROOT/pom.xml" -DskipTests -Dkiosk.build="$BUILD" package
  SOURCES="$(find "$ROOT/bench/src" -name '*.java')"
fi
CP="$BUILD/gongkai-kiosk.jar:$BUILD/lib/*"
OUT="$BENCH/classes"
rm -rf "$OUT" && mkdir -p "$OUT"
# test-classes: the sync benchmark uses the tests' FeedGenerator (-DskipTests still compiles it).
TCP="$BUILD/test-classes"
javac -d "$OUT" -cp "$CP:$TCP" $SOURCES
jar cf "$BENCH/bench.jar" -C "$OUT" .
BCP="$BENCH/bench.jar:$BUILD/gongkai-kiosk.jar:$(ls "$BUILD"/lib/*.jar | tr '\n' ':')"

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
if [ "$WHAT" = speech ] || [ "$WHAT" = all ]; then
  echo "== read-aloud (tap to first sample, real-time factor, front end)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) CPUs; $(espeak-ng --version 2>&1 | head -1)"
  java -cp "${BCP%:}" cn.gongkai.kiosk.bench.SpeechBenchmark "$ROOT" "${2:-20}" # taps
fi
if [ "$WHAT" = search ] || [ "$WHAT" = all ]; then
  echo "== search (100,000 records)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) CPUs"
  # The database is kept for the keystroke benchmark in the window (and for the next run:
  # delete it, or set SEARCH_BENCH_DB to a new file, to time the index build again).
  export SEARCH_BENCH_DB="${SEARCH_BENCH_DB:-$BENCH/search-100k.db}"
  java -Xmx2g -cp "${BCP%:}:$TCP" cn.gongkai.kiosk.bench.SearchBenchmark
  java -Xmx1g -Dprism.lcdtext=false -cp "${BCP%:}" cn.gongkai.kiosk.ui.SearchKeystrokeBenchmark "$ROOT" "$SEARCH_BENCH_DB"
fi

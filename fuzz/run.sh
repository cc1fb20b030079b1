#!/usr/bin/env bash
# Runs fuzz targets one after another, one process each (the machine has 2
# cores shared with other builds), for SECONDS seconds each (default 600).
# Usage: fuzz/run.sh [SECONDS] [TARGET...]   Logs: fuzz/logs/<target>.log
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(schedule_json request_json compose_all)
mkdir -p logs
cargo +nightly fuzz build -O -a
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  max_len=4096
  [ "$t" = schedule_json ] || max_len=65536
  # -jobs=1 -workers=1: one fuzzing process; libFuzzer writes fuzz-0.log.
  (cd logs && rm -f fuzz-0.log &&
    ../target/x86_64-unknown-linux-gnu/release/"$t" \
      -artifact_prefix="../artifacts/$t/" -jobs=1 -workers=1 \
      -max_total_time="$secs" -max_len="$max_len" -timeout=20 -print_final_stats=1 \
      "../corpus/$t" "../seeds/$t" >/dev/null 2>&1 || true
    mv fuzz-0.log "$t.log")
  echo "$t: $(grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|DONE|cov:' "logs/$t.log" | tail -3 | tr '\n' ' ')"
done

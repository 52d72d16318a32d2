#!/usr/bin/env bash
# Fuzzes the analysis with libFuzzer + AddressSanitizer (see docs/fuzzing.md).
#   bash Fuzz/run.sh [SECONDS] [extra libFuzzer flags…]     (default 120 s)
# The library is built by SwiftPM with coverage instrumentation; the entry point is
# compiled and linked by swiftc, because an executable SwiftPM target built with
# -sanitize=fuzzer fails to link (libFuzzer brings its own main).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"; shift || true
scratch=.build-fuzz
work="$scratch/fuzz"

swift build -c release --scratch-path "$scratch" --target BriefingAnalysis \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
mkdir -p "$work/corpus" "$work/artifacts"
# Only the objects of sources that still exist (and the generated resource accessor): SwiftPM
# leaves the object of a deleted source file behind, and linking it brings back dead code.
objects=()
for o in "$bin"/BriefingAnalysis.build/*.swift.o; do
  name="$(basename "$o" .o)"
  if [ -n "$(find Sources/BriefingAnalysis -name "$name" -print -quit)" ] \
     || [ -e "$bin/BriefingAnalysis.build/DerivedSources/$name" ]; then objects+=("$o"); fi
done
swiftc -O -g -sanitize=fuzzer,address -parse-as-library \
  -I "$bin/Modules" -I "$bin" \
  Fuzz/AnalysisFuzz.swift "${objects[@]}" \
  -o "$work/analysis-fuzz"

# seeds/ is the starting corpus (read only); what libFuzzer finds goes to $work/corpus.
# -timeout: an input that takes longer than 10 s counts as a hang and stops the run.
"$work/analysis-fuzz" "$work/corpus" seeds \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$@"

#!/usr/bin/env bash
# Builds and runs the libFuzzer target (fuzz_entry_points.c) for a bounded time: the library instrumented
# for coverage and AddressSanitizer (../robustness/instrumented_library.sh fuzzer,address), the target with
# -fsanitize=fuzzer,address,undefined. A broken invariant or a sanitizer report fails the run and leaves the
# input in BUILD_DIRECTORY/crash-*; the corpus is kept in BUILD_DIRECTORY/corpus between runs.
#
#   run_fuzz.sh BUILD_DIRECTORY [SECONDS]      (default 60: the CI run; docs/ROBUSTNESS.md has a long run)
# Prints libFuzzer's final statistics: executions, coverage (cov: edges, ft: features), corpus size.
set -euo pipefail
build=$(mkdir -p "$1" && cd "$1" && pwd)
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
clang=${SOFTPLUS_TOOLCHAIN:-/opt/swift/usr/bin}/clang

"$root/Tests/robustness/instrumented_library.sh" fuzzer,address "$build/library"
python3 "$root/tools/header/generate.py" test-table "$build/generated/sp_test_table.h" >/dev/null
"$clang" -fuse-ld=lld -std=c99 -D_GNU_SOURCE -g -O1 -Wall -Wextra -Werror -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=all -I "$root/include" -I "$root/Tests/c" -I "$build/generated" \
    "$here/fuzz_entry_points.c" "$root/Tests/c/forms.c" -L "$build/library" -lsoftplus \
    -Wl,-rpath,"$build/library" -lm -o "$build/fuzz_entry_points"

mkdir -p "$build/corpus"
cd "$build"
# -max_len: 4 header bytes and 512 doubles, the target's MAX_ELEMENTS.
"$build/fuzz_entry_points" -max_total_time="$seconds" -max_len=4100 -print_final_stats=1 -print_pcs=0 \
    "$build/corpus" 2>"$build/fuzz.log" || { tail -60 "$build/fuzz.log"; exit 1; }
grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$build/fuzz.log"
echo "fuzz: $(grep -c . <(ls "$build/corpus")) corpus inputs, no invariant broken in $seconds s"

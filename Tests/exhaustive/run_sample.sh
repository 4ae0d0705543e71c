#!/usr/bin/env bash
# The CI test of the float functions' correct rounding (tools/exhaustive):
#   1. builds the checker (needs cc, make and Debian's libmpfr-dev);
#   2. checks the checker: its self-test, and its candidates against MPFR on 20,000 random inputs per
#      function (the full report uses 10^6);
#   3. checks the library's sp_<name>_f32_array for every function of spec/softplus.json on a strided
#      sample of the 2^32 floats (every 4099th bit pattern: ~1.05 million inputs per function, both
#      signs, every exponent) and on the hard cases kept in Tests/vectors/hard (the inputs whose
#      reference needed MPFR in the last full run);
#   4. checks that the checker fails a deliberately misrounding library (naive_library.c).
# Fails (non-zero exit) on any misrounded result. Takes well under a minute on 2 cores.
# Usage: Tests/exhaustive/run_sample.sh [path/to/libsoftplus.so]   (default: $SOFTPLUS_LIBRARY, else
# build/libsoftplus.so), from anywhere.
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
library="$(realpath "${1:-${SOFTPLUS_LIBRARY:-$repository/build/libsoftplus.so}}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make -s -C "$repository/tools/exhaustive" O="$work"
checker=("$work/exhaustive" --spec "$repository/spec/softplus.json")

"${checker[@]}" --self-test --validate 20000

hard_cases=()
if [ -d "$repository/Tests/vectors/hard" ]; then
    hard_cases=(--vectors "$repository/Tests/vectors/hard")
fi
"${checker[@]}" --library "$library" --stride 4099 "${hard_cases[@]}"

cc -O2 -shared -fPIC -o "$work/libnaive.so" "$repository/Tests/exhaustive/naive_library.c" -lm
if "${checker[@]}" --library "$work/libnaive.so" --function softplus --function logit --stride 65537 \
    > "$work/naive.txt"; then
    cat "$work/naive.txt"
    echo "run_sample.sh: the checker passed a misrounding library" >&2
    exit 1
fi
for name in softplus logit; do
    if ! grep -Eq "^$name: [0-9]+ inputs, [1-9][0-9]* misrounded" "$work/naive.txt"; then
        cat "$work/naive.txt"
        echo "run_sample.sh: the checker found no misrounded $name in the naive library" >&2
        exit 1
    fi
done
echo "run_sample.sh: the checker rejects the naive library, as it must"

#!/usr/bin/env bash
# benchmarks/smoke_test.sh: does the benchmark still build and time every array function (softplus.h's and
# softplus_training.h's)?
# Not a speed test (speed lives in benchmarks/run, never in a test): n = 2^4, one repeat, the
# C program and peers.py with its NumPy peers only. Needs build/libsoftplus.so; a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s -C benchmarks
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build-bench/bench --sizes 4 --repeats 1 --min-sample-ms 0.05 > "$out/bench.log"
python3 benchmarks/peers.py --sizes 4 --repeats 1 --min-sample-ms 0.05 --check-count 20 \
    --peers numpy > "$out/peers.log"
passed=0 failed=0
for f in $(sed -n 's/^int sp_\([a-z0-9_]*_f[0-9]*\)_array(.*/\1/p' include/softplus.h); do
    name=${f%_f*} fmt=${f##*_}
    # a line for the function with a number for the library, in each program's output
    if grep -Eq "^$name +$fmt +2\^4 +library +[0-9.]+" "$out/bench.log" &&
       grep -Eq "^$name $fmt 2\^4: libsoftplus [0-9.]+" "$out/peers.log"; then
        passed=$((passed + 1))
    else
        echo "not timed: sp_${f}_array" >&2
        failed=$((failed + 1))
    fi
done
# the training functions (bench only: no peer has them), one line each with a number for the library
while read -r name fmt; do
    if grep -Eq "^$name +$fmt +2\^4 +library +[0-9.]+" "$out/bench.log"; then
        passed=$((passed + 1))
    else
        echo "not timed: sp_${name}_${fmt}" >&2
        failed=$((failed + 1))
    fi
done < <(sed -n 's/^int sp_\([a-z0-9_]*\)_\(f[0-9]*\)\(_array\)\{0,1\}(.*/\1 \2/p' include/softplus_training.h)
# kernel_ops.py finds the array loop of every family function in the AVX-512 copy of the kernels and
# prices every instruction in it with op_costs' table (a few seconds; only where both exist: x86-64
# with AVX-512).
kernels=build/kernels/SoftplusKernelsAVX512.o
if [[ -f $kernels ]] && grep -qw avx512dq /proc/cpuinfo; then
    make -s -C benchmarks op-costs
    build-bench/op_costs > "$out/op_costs.md"
    python3 benchmarks/kernel_ops.py --costs "$out/op_costs.md" --object "$kernels" > "$out/kernel_ops.md"
    if grep -q "^Not in the cost table" "$out/kernel_ops.md"; then
        grep "^Not in the cost table" "$out/kernel_ops.md" >&2
        echo "kernel_ops.py: instructions op_costs.c does not price (add them there or to SAME_AS)" >&2
        failed=$((failed + 1))
    fi
    for f in $(sed -n 's/^int sp_\([a-z0-9_]*_f[0-9]*\)_array(.*/\1/p' include/softplus.h); do
        name=$(echo "${f%_f*}" | sed -E 's/_([a-z])/\U\1/g; s/^softplusinv$/softplusInverse/; s/^softminusinv$/softminusInverse/')
        # a row with a positive count of multiply-add slots
        if grep -Eq "^\| $name \| ${f##*_} \| [0-9.]+ \| [0-9]*[1-9][0-9]*\.[0-9] \|" "$out/kernel_ops.md"; then
            passed=$((passed + 1))
        else
            echo "kernel_ops.py found no loop for sp_${f}_array" >&2
            failed=$((failed + 1))
        fi
    done
else
    echo "kernel_ops.py not checked: no $kernels or no AVX-512 here"
fi
echo "$passed passed, $failed failed"
(( failed == 0 && passed > 0 ))

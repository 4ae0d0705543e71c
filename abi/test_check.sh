#!/usr/bin/env bash
# Shows that the ABI guard (check.sh) tells compatible changes from breaking ones, on libraries and headers
# made for the purpose from the real ones:
#   passes: the built library; a library with an extra symbol; a header with an extra function;
#   fails:  a library without sp_logit_f32; a library whose symbols are under another version node;
#           a header where sp_softplus_f64 takes a float; a header where SP_ERR_OVERLAP changed its value.
#
#     test_check.sh LIBRARY        (LIBRARY: the built libsoftplus.so)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
library=$1 header=$root/include/softplus.h map=$root/cmake/softplus.map
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0 failed=0
# expect VERDICT DESCRIPTION CHECK_ARGUMENTS...: runs check.sh and compares its verdict with VERDICT.
expect() {
    local verdict=$1 description=$2
    shift 2
    bash "$here/check.sh" "$@" > "$work/output" 2>&1
    local status=$?
    local got=pass
    [ "$status" -eq 1 ] && got=fail
    [ "$status" -gt 1 ] && got="error $status"
    if [ "$got" = "$verdict" ]; then
        passed=$((passed + 1))
        echo "ok: $description: $got, as it should"
    else
        failed=$((failed + 1))
        echo "FAIL: $description: $got, want $verdict"
    fi
    sed 's/^/    /' "$work/output" | head -20
}

# The stand-ins of the library are built from the header by build_shim.sh; it exports every declaration
# plus one variable (the status enum's carrier), which is an addition.
bash "$here/build_shim.sh" "$header" "$map" "$work/extra.so"
bash "$here/build_shim.sh" "$header" "$map" "$work/without_logit_f32.so" sp_logit_f32
sed 's/SOFTPLUS_1/SOFTPLUS_2/' "$map" > "$work/node2.map"
bash "$here/build_shim.sh" "$header" "$work/node2.map" "$work/node2.so"
sed 's/^double sp_softplus_f64(double x);$/&\ndouble sp_softplus_extra_f64(double x);/' "$header" > "$work/added.h"
sed 's/^double sp_softplus_f64(double x);$/double sp_softplus_f64(float x);/' "$header" > "$work/changed.h"
sed 's/SP_ERR_OVERLAP = 2/SP_ERR_OVERLAP = 5/' "$header" > "$work/enum.h"
for variant in added changed enum; do
    cmp -s "$header" "$work/$variant.h" && { echo "FAIL: the $variant header variant is the header itself"; exit 1; }
done

expect pass "the built library and header" "$library"
expect pass "a library with an extra symbol" "$work/extra.so"
expect pass "a header with an extra function" "$library" "$work/added.h"
expect fail "a library without sp_logit_f32" "$work/without_logit_f32.so"
expect fail "a library with its symbols under SOFTPLUS_2" "$work/node2.so"
expect fail "a header where sp_softplus_f64 takes a float" "$library" "$work/changed.h"
expect fail "a header where SP_ERR_OVERLAP is 5" "$library" "$work/enum.h"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

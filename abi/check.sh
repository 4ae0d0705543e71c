#!/usr/bin/env bash
# The ABI guard: compares a libsoftplus and its header with the committed baselines (libabigail's abidiff).
# Adding symbols passes (a minor version may do that); removing a symbol, moving it out of its version node,
# or changing a declaration's types or the status enumerators fails.
#
#     check.sh LIBRARY [HEADER [VERSION_SCRIPT]]
#         LIBRARY          the built libsoftplus.so
#         HEADER           softplus.h (default: the repository's include/softplus.h)
#         VERSION_SCRIPT   the linker version script (default: the repository's cmake/softplus.map)
#
# Two baselines, because the library's DWARF cannot carry the API's C types (see README.md):
#   abi/softplus.abi        the library's ELF view: exported symbols, their version node, SONAME, NEEDED
#   abi/softplus-types.abi  the header's C types, from a stand-in built from the header (build_shim.sh)
# After an intended addition, refresh them with abi/update.sh.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
library=$1 header=${2:-$root/include/softplus.h} map=${3:-$root/cmake/softplus.map}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source "$here/corpus.sh"
library_corpus "$library" "$work/symbols.abi" || exit 2
header_corpus "$header" "$map" "$work/types.abi" || exit 2

failed=0
compare() {
    local what=$1 baseline=$2 current=$3
    # --no-added-syms: additions are allowed, so they do not decide the verdict; they are listed below.
    abidiff --no-added-syms "$baseline" "$current" > "$work/report" 2>&1
    local status=$?
    if [ "$status" -eq 0 ]; then
        echo "ok: $what match $(basename "$baseline")"
    else
        # abidiff's status is a bit set: 1 error, 2 usage, 4 ABI change, 8 incompatible ABI change.
        echo "FAIL: $what: not compatible with $(basename "$baseline") (abidiff status $status):"
        sed 's/^/    /' "$work/report"
        failed=1
    fi
    abidiff "$baseline" "$current" | grep -E '^ *\[A\]' | sed 's/^ */    added (allowed): /' || true
}
compare "the library's symbols" "$here/softplus.abi" "$work/symbols.abi"
compare "the header's types" "$here/softplus-types.abi" "$work/types.abi"
exit "$failed"

#!/usr/bin/env bash
# Builds a stand-in of libsoftplus from its header alone: every declaration of softplus.h, copied verbatim,
# given an empty body, compiled with debug information and linked with the library's version script and
# SONAME. libabigail reads the C types of the API from its DWARF (the real library is Swift, whose DWARF
# libabigail does not read, and a release build has none), and its exported symbols are the header's.
#
#     build_shim.sh HEADER VERSION_SCRIPT OUTPUT.so [DROPPED_SYMBOL]
#
# DROPPED_SYMBOL, if given, is left out: the ABI check's demonstration of a removed symbol.
set -euo pipefail
header=$(realpath "$1") map=$(realpath "$2") output=$(realpath "$3") dropped=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
    echo "#include \"softplus.h\""
    # The status enum is part of the API but of no function's type (the array functions return int): a
    # variable of that type puts its enumerators into the ABI corpus.
    echo "sp_status sp_abi_status_codes;"
    # One declaration per line in the generated header: `<type> sp_<name>(<parameters>);`.
    grep -E '^[a-z][a-z ]*[ *]sp_[a-z0-9_]+\(.*\);$' "$header" |
        grep -vE "[ *]${dropped:-^}\(" |
        sed 's/;$/ { return 0; }/'
} > "$work/shim.c"
cp "$header" "$work/softplus.h"
# -O0 -g: the DWARF abidw reads; -w: the stubs ignore their parameters on purpose.
(cd "$work" && cc -std=c99 -O0 -g -w -fPIC -shared -o shim.so shim.c \
    -Wl,--version-script="$map" -Wl,-soname,libsoftplus.so.1)
cp "$work/shim.so" "$output"

#!/usr/bin/env bash
# Builds the C++ API test with one compiler and one language standard, warnings as errors, against a built
# libsoftplus, and runs it on the shared vectors. The X-macro table of the spec's functions comes from the
# same generator the C tests use (tools/header/generate.py test-table).
#
#     run.sh COMPILER STANDARD LIBRARY_DIRECTORY        e.g. run.sh clang++ c++20 build
set -euo pipefail
compiler=$1 standard=$2 libdir=$(cd "$3" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$root/tools/header/generate.py" test-table "$work/sp_test_table.h"
"$compiler" -std="$standard" -Wall -Wextra -pedantic -Werror -Wconversion -Wshadow -O1 \
    -I"$root/include" -I"$work" -I"$here" -o "$work/test_cpp_api" "$here/test_cpp_api.cpp" \
    -L"$libdir" -Wl,-rpath,"$libdir" -lsoftplus
echo "$("$compiler" --version | head -1), -std=$standard"
"$work/test_cpp_api" "$root/Tests/vectors"

#!/usr/bin/env bash
# The static library's install test: `cmake --install` (of a build configured with
# -DSOFTPLUS_BUILD_STATIC=ON) into a temporary prefix; then a C++ program using softplus.hpp built against
# the installed libsoftplus.a through find_package(softplus 1) (target softplus::softplus_static) and through
# a plain Makefile with pkg-config --static, each run and checked to need no libsoftplus.so; then the Rust
# crate's tests linked statically through pkg-config and dynamically through the install prefix alone
# (when cargo is there), and the LuaJIT binding's test finding the installed library through pkg-config.
# Also checks that the archive defines exactly the shared library's symbols and nothing else global.
#
#     install_static_test.sh BUILD_DIR CMAKE LIBDIR
set -euo pipefail
build=$1 cmake=$2 libdir=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"$cmake" --install "$build" --prefix "$prefix" >/dev/null
for file in include/softplus.h include/softplus.hpp "$libdir/libsoftplus.a" "$libdir/libsoftplus.so" \
            "$libdir/pkgconfig/softplus.pc" "$libdir/cmake/softplus/softplusTargets.cmake"; do
    [ -e "$prefix/$file" ] || { echo "FAIL: $file is not installed"; exit 1; }
done

echo "== the archive's global symbols are the shared library's"
archive_symbols=$(nm -g --defined-only "$prefix/$libdir/libsoftplus.a" | awk 'NF == 3 {print $3}' | sort)
shared_symbols=$(nm -D --defined-only "$prefix/$libdir/libsoftplus.so" | awk '$3 != "SOFTPLUS_1" {sub(/@.*/, "", $3); print $3}' | sort)
if [ "$archive_symbols" != "$shared_symbols" ]; then
    echo "FAIL: the archive's global symbols differ from the shared library's:"
    diff <(echo "$shared_symbols") <(echo "$archive_symbols") || true
    exit 1
fi
echo "$(echo "$archive_symbols" | wc -l) symbols, all sp_*"

needs_no_shared_library() {
    if readelf -d "$1" | grep -q "libsoftplus"; then
        echo "FAIL: $1 needs the shared library: $(readelf -d "$1" | grep libsoftplus)"
        exit 1
    fi
}

echo "== find_package(softplus 1), softplus::softplus_static"
"$cmake" -S "$here/consumer_cmake" -B "$work/cmake" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
"$cmake" --build "$work/cmake" >/dev/null
"$work/cmake/consumer"
needs_no_shared_library "$work/cmake/consumer"

echo "== pkg-config --static, plain Makefile"
export PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
echo "pkg-config --static --libs softplus: $(pkg-config --static --libs softplus)"
make -s -f "$here/consumer_make/Makefile" OUT="$work"
"$work/consumer"
needs_no_shared_library "$work/consumer"

# cargo_test DESCRIPTION ENVIRONMENT...: the Rust crate's tests with a fresh target directory.
cargo_test() {
    local description=$1
    shift
    echo "== the Rust crate, $description"
    rm -rf "$work/cargo"
    if ! env "$@" CARGO_TARGET_DIR="$work/cargo" "$cargo" test --offline \
            --manifest-path "$root/bindings/rust/Cargo.toml" > "$work/cargo.log" 2>&1; then
        cat "$work/cargo.log"
        echo "FAIL: cargo test, $description"
        exit 1
    fi
    grep "test result" "$work/cargo.log"
}
cargo=$(command -v cargo || echo "$HOME/.cargo/bin/cargo")
if [ -x "$cargo" ]; then
    cargo_test "linked statically through pkg-config" SOFTPLUS_STATIC=1
    for test_binary in "$work"/cargo/debug/deps/vectors-*; do
        [ -x "$test_binary" ] && needs_no_shared_library "$test_binary"
    done
    # No pkg-config answer (an empty PKG_CONFIG_LIBDIR) and no SOFTPLUS_LIB_DIR: only the prefix is left.
    mkdir -p "$work/no-pkgconfig"
    cargo_test "found through the CMake install prefix" -u PKG_CONFIG_PATH -u SOFTPLUS_LIB_DIR \
        PKG_CONFIG_LIBDIR="$work/no-pkgconfig" SOFTPLUS_PREFIX="$prefix"
    for test_binary in "$work"/cargo/debug/deps/vectors-*; do
        [ -x "$test_binary" ] || continue
        if ! readelf -d "$test_binary" | grep -E "R(UN)?PATH" | grep -qF "$prefix/$libdir"; then
            echo "FAIL: the crate's tests do not load the library from the prefix"
            exit 1
        fi
    done
fi

echo "== the LuaJIT binding finding the installed library through pkg-config"
if command -v luajit >/dev/null; then
    env -u SOFTPLUS_LIBRARY -u SOFTPLUS_LIB_DIR luajit "$root/bindings/lua/test_softplus.lua" > "$work/lua.log" 2>&1 ||
        { cat "$work/lua.log"; echo "FAIL: the LuaJIT test against the installed library"; exit 1; }
    tail -1 "$work/lua.log"
fi
echo "ok: the installed static library works through find_package, pkg-config and cargo; the bindings find the installed copy"

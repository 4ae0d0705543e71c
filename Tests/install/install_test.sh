#!/usr/bin/env bash
# The install test: `cmake --install` into a temporary prefix, then the same small program built against
# the installed copy twice, through find_package(softplus MAJOR) and through pkg-config, and run. Also
# checks the installed files, and that the package refuses the next major version.
#
#     install_test.sh BUILD_DIR CMAKE LIBDIR VERSION
set -euo pipefail
build=$1 cmake=$2 libdir=$3 version=$4
major=${version%%.*}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

"$cmake" --install "$build" --prefix "$prefix" >/dev/null
for file in include/softplus.h "$libdir/libsoftplus.so" "$libdir/libsoftplus.so.$major" \
            "$libdir/libsoftplus.so.$version" "$libdir/pkgconfig/softplus.pc" \
            "$libdir/cmake/softplus/softplusConfig.cmake" "$libdir/cmake/softplus/softplusConfigVersion.cmake" \
            "$libdir/cmake/softplus/softplusTargets.cmake"; do
    [ -e "$prefix/$file" ] || { echo "FAIL: $file is not installed"; exit 1; }
done
echo "installed into a temporary prefix: $(cd "$prefix" && find . -type f -o -type l | sort | tr '\n' ' ')"

echo "== find_package(softplus $major)"
"$cmake" -S "$here/consumer_cmake" -B "$work/cmake" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DSOFTPLUS_REQUIRED_VERSION="$major" >/dev/null
"$cmake" --build "$work/cmake" >/dev/null
"$work/cmake/consumer"

echo "== find_package(softplus $((major + 1))) must fail (SameMajorVersion)"
if "$cmake" -S "$here/consumer_cmake" -B "$work/cmake_next" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DSOFTPLUS_REQUIRED_VERSION="$((major + 1))" >/dev/null 2>&1; then
    echo "FAIL: find_package(softplus $((major + 1))) accepted version $version"
    exit 1
fi
echo "refused, as it should"

echo "== pkg-config"
export PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
[ "$(pkg-config --modversion softplus)" = "$version" ] || { echo "FAIL: pkg-config --modversion softplus"; exit 1; }
echo "pkg-config --cflags --libs softplus: $(pkg-config --cflags --libs softplus)"
make -s -f "$here/consumer_pkgconfig/Makefile" OUT="$work"
"$work/consumer"
echo "ok: the installed library works through find_package and pkg-config"

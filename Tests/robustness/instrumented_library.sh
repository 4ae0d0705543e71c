#!/usr/bin/env bash
# Builds a sanitizer-instrumented copy of libsoftplus.so from the same Swift sources and with the same
# Embedded Swift flags as cmake/library.cmake, plus -sanitize=SANITIZERS, so that the sanitizers see the
# library's own memory accesses (an uninstrumented library is invisible to ASan and TSan).
#
#   instrumented_library.sh SANITIZERS OUTPUT_DIRECTORY      e.g. address  thread  fuzzer,address
# Writes OUTPUT_DIRECTORY/libsoftplus.so.1 (the SONAME) and the link libsoftplus.so; link it with a clang of the same toolchain (/opt/swift/usr/bin).
set -euo pipefail
sanitizers=$1
output=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
swiftc=${SWIFTC:-/opt/swift/usr/bin/swiftc}
mkdir -p "$output"
output=$(cd "$output" && pwd)
# swiftc leaves module files in its working directory: keep them in the output, out of the source tree.
cd "$output"
# The linker's notes about the sanitizer's local helper symbols, which the version script keeps local, go
# to build.log, shown only if the build fails.
log="$output/build.log"
flags=(-enable-experimental-feature Embedded -wmo -parse-as-library -O -g -Xcc -fPIC "-sanitize=$sanitizers")
"$swiftc" "${flags[@]}" -module-name SoftplusMath -emit-module -emit-module-path "$output/SoftplusMath.swiftmodule" \
    -emit-library -static -o "$output/libsoftplus_math.a" "$root"/Sources/SoftplusMath/*.swift >"$log" 2>&1 || { cat "$log"; exit 1; }
# The kernels as one copy, module SoftplusKernels, called directly (the SwiftPM arrangement): the x86-64
# dispatch (cmake/kernels.cmake) chooses among copies of this same code, and sp_kernel_isa says "portable".
"$swiftc" "${flags[@]}" -enable-builtin-module -module-name SoftplusKernels -I "$output" -emit-module \
    -emit-module-path "$output/SoftplusKernels.swiftmodule" -emit-library -static -o "$output/libsoftplus_kernels.a" \
    "$root"/Sources/SoftplusKernels/*.swift >>"$log" 2>&1 || { cat "$log"; exit 1; }
"$swiftc" "${flags[@]}" -module-name SoftplusCABI -I "$output" -emit-library -o "$output/libsoftplus.so.1" \
    "$root"/Sources/SoftplusCABI/*.swift -L "$output" -lsoftplus_kernels -lsoftplus_math -lm \
    -Xlinker "--version-script=$root/cmake/softplus.map" -Xlinker -soname=libsoftplus.so.1 >>"$log" 2>&1 ||
    { cat "$log"; exit 1; }
ln -sf libsoftplus.so.1 "$output/libsoftplus.so"

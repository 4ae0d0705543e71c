#!/usr/bin/env bash
# The tests under sanitizers and valgrind (docs/ROBUSTNESS.md). Each step builds into BUILD_DIRECTORY:
#   asan+ubsan  the C test (Tests/c), the guard-page test and the thread test, compiled with
#               -fsanitize=address,undefined and linked with a copy of the library built with
#               -sanitize=address (instrumented_library.sh), so that ASan sees the library's own accesses;
#               then a deliberate overrun (test_guard_pages --overrun), which ASan must report in the library;
#               and the C test once more with the release LIBRARY itself (only the test instrumented);
#   tsan        the 16-thread test, test and library built with -sanitize=thread; then the same test with
#               every thread writing one shared out array (--race), which TSan must report, proving that the
#               library's stores are instrumented and a race in it would be found;
#   valgrind    memcheck over the C test and the Python ctypes test (bindings/python/tests/ctypes_smoke.py)
#               with the release library LIBRARY: zero errors.
#
#   sanitizers.sh BUILD_DIRECTORY LIBRARY          (LIBRARY: the release libsoftplus.so)
# clang, swiftc: the Swift toolchain's (/opt/swift/usr/bin), whose compiler-rt has every sanitizer runtime;
# the library's instrumentation and the test's runtime must come from the same LLVM.
set -uo pipefail
build=$(mkdir -p "$1" && cd "$1" && pwd)
library=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
toolchain=${SOFTPLUS_TOOLCHAIN:-/opt/swift/usr/bin}
clang="$toolchain/clang"
# The Swift toolchain's TSan runtime has libdispatch interceptors, which need libdispatch and the blocks
# runtime at link time; both ship with the toolchain.
swift_runtime="$toolchain/../lib/swift/linux"

python3 "$root/tools/header/generate.py" test-table "$build/generated/sp_test_table.h" >/dev/null || exit 1
includes=(-I "$root/include" -I "$root/Tests/c" -I "$here" -I "$build/generated")
c_flags=(-std=c99 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Werror)
# The C test is every source of Tests/c (its groups and its support code); the robustness tests share the
# support code.
c_test=("$root"/Tests/c/*.c)
support=("$root"/Tests/c/{check,forms,vectors}.c "$here"/{inputs,guarded_buffer,current_case}.c)

failed=()
results=()
step() {
    local name=$1
    shift
    echo "==== $name"
    if "$@"; then results+=("$name ok"); else results+=("$name FAILED"); failed+=("$name"); fi
}

# build_test LIBRARY_DIRECTORY OUTPUT SOURCES_AND_FLAGS...: a test linked with that directory's libsoftplus
# (lld: the toolchain's own linker, which exports the sanitizer runtime's symbols to the library quietly).
build_test() {
    local library_directory=$1 output=$2
    shift 2
    "$clang" -fuse-ld=lld "${c_flags[@]}" "${includes[@]}" "$@" -L "$library_directory" -lsoftplus \
        -Wl,-rpath,"$library_directory" -lm -pthread -o "$output"
}

asan_ubsan() {
    local sanitize=(-fsanitize=address,undefined -fno-sanitize-recover=all)
    "$here/instrumented_library.sh" address "$build/asan" || return 1
    build_test "$build/asan" "$build/asan/test_c" "${c_test[@]}" "${sanitize[@]}" || return 1
    build_test "$build/asan" "$build/asan/test_guard_pages" "$here/test_guard_pages.c" "${support[@]}" \
        "${sanitize[@]}" || return 1
    build_test "$build/asan" "$build/asan/test_threads" "$here/test_threads.c" "${support[@]}" \
        "${sanitize[@]}" || return 1
    mkdir -p "$build/asan-release"
    # Under both the link name and the SONAME, the release library's own file.
    ln -sf "$library" "$build/asan-release/libsoftplus.so"
    ln -sf "$library" "$build/asan-release/libsoftplus.so.1"
    build_test "$build/asan-release" "$build/asan-release/test_c" "${c_test[@]}" "${sanitize[@]}" || return 1
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
    echo "the C test with the release library (the test instrumented, the library as shipped):"
    "$build/asan-release/test_c" "$root/Tests/vectors" | tail -1 || return 1
    echo "the C, guard-page and thread tests with the instrumented library:"
    "$build/asan/test_c" "$root/Tests/vectors" | tail -1 &&
        "$build/asan/test_guard_pages" | tail -1 &&
        "$build/asan/test_threads" 16 | tail -1 || return 1
    echo "an over-long n on a heap array: AddressSanitizer must report it inside the library"
    "$build/asan/test_guard_pages" --overrun >"$build/asan/overrun.log" 2>&1
    grep -m1 "ERROR: AddressSanitizer: heap-buffer-overflow" "$build/asan/overrun.log" &&
        grep -m1 -E "#[0-9]+ .* in sp_softplus_f64_array" "$build/asan/overrun.log"
}

tsan() {
    "$here/instrumented_library.sh" thread "$build/tsan" || return 1
    build_test "$build/tsan" "$build/tsan/test_threads" "$here/test_threads.c" "${support[@]}" -fsanitize=thread \
        -L "$swift_runtime" -ldispatch -lBlocksRuntime -Wl,-rpath,"$swift_runtime" || return 1
    TSAN_OPTIONS=halt_on_error=1:exitcode=66 "$build/tsan/test_threads" 16 | tail -2 || return 1
    echo "the same with every thread writing one shared out array: ThreadSanitizer must report a race"
    TSAN_OPTIONS=halt_on_error=1:exitcode=66 "$build/tsan/test_threads" 16 --race >"$build/tsan/race.log" 2>&1
    local status=$?
    [ "$status" -eq 66 ] && grep -m1 "WARNING: ThreadSanitizer: data race" "$build/tsan/race.log" &&
        grep -m1 -E "#[0-9]+ .*libsoftplus.so" "$build/tsan/race.log"
}

valgrind_memcheck() {
    local memcheck=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite)
    mkdir -p "$build/valgrind"
    gcc "${c_flags[@]}" "${includes[@]}" "${c_test[@]}" \
        -L "$(dirname "$library")" -l:"$(basename "$library")" -Wl,-rpath,"$(dirname "$library")" -lm \
        -o "$build/valgrind/test_c" || return 1
    # Valgrind runs no AVX-512 code: its emulated CPU reports none, so the library would pick the x86-64-v3
    # kernels anyway (cmake/kernels.cmake); SOFTPLUS_ISA=avx2 says so explicitly.
    SOFTPLUS_ISA=avx2 "${memcheck[@]}" "$build/valgrind/test_c" "$root/Tests/vectors" | tail -1 || return 1
    # Debian's interpreter: built for valgrind (a pyenv build without --with-valgrind reports its own
    # allocator's reads as errors). ctypes_smoke.py checks that its environment is empty, and valgrind
    # itself puts LD_PRELOAD (its preload library) and a few others there: that one failure is expected,
    # any other is not; memcheck errors exit with 99.
    local python=/usr/bin/python3
    [ -x "$python" ] || { echo "no $python: the Python half is skipped"; return 0; }
    env -i "${memcheck[@]}" "$python" -I "$root/bindings/python/tests/ctypes_smoke.py" "$library" \
        >"$build/valgrind/ctypes_smoke.log" 2>&1
    local status=$?
    grep "^loaded" "$build/valgrind/ctypes_smoke.log"
    local unexpected
    unexpected=$(grep "^FAIL: " "$build/valgrind/ctypes_smoke.log" | grep -v "^FAIL: the environment is not empty")
    [ "$status" -ne 99 ] && [ -z "$unexpected" ] || { cat "$build/valgrind/ctypes_smoke.log"; return 1; }
    echo "valgrind: the ctypes smoke test has no memcheck error (its empty-environment check sees valgrind's LD_PRELOAD)"
}

start=$SECONDS
step "ASan+UBSan" asan_ubsan
step "TSan" tsan
step "valgrind" valgrind_memcheck
echo "==== sanitizers: $(printf '%s, ' "${results[@]}" | sed 's/, $//') ($((SECONDS - start)) s)"
[ ${#failed[@]} -eq 0 ]

# The two ABI corpora of libsoftplus, written by abidw; sourced by check.sh and update.sh.

# library_corpus LIBRARY OUTPUT: the library's ELF view. Debug information is stripped from a copy first:
# the library's DWARF is Swift's, which libabigail does not read, and with it present abidw would list
# only the functions it found there, that is none.
library_corpus() {
    local library=$1 output=$2 copy
    copy=$(mktemp)
    objcopy --strip-debug "$library" "$copy" && abidw --no-corpus-path --no-show-locs --out-file "$output" "$copy"
    local status=$?
    rm -f "$copy"
    return $status
}

# header_corpus HEADER VERSION_SCRIPT OUTPUT: the header's C types, from a stand-in built from it.
header_corpus() {
    local header=$1 map=$2 output=$3 shim
    shim=$(mktemp --suffix=.so)
    bash "$(dirname "${BASH_SOURCE[0]}")/build_shim.sh" "$header" "$map" "$shim" &&
        abidw --no-corpus-path --no-show-locs --no-comp-dir-path --out-file "$output" "$shim"
    local status=$?
    rm -f "$shim"
    return $status
}

#!/usr/bin/env bash
# Rewrites the ABI baselines, abi/softplus.abi and abi/softplus-types.abi, from a library and the
# repository's header and version script. Run it only for an intended change, after abi/check.sh has shown
# that the change only adds (a new minor version); a removal or a type change needs a new major version.
#
#     update.sh LIBRARY
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/corpus.sh"
library_corpus "$1" "$here/softplus.abi"
header_corpus "$root/include/softplus.h" "$root/cmake/softplus.map" "$here/softplus-types.abi"
echo "updated abi/softplus.abi and abi/softplus-types.abi from $1"

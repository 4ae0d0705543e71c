// A program that links libsoftplus statically and uses it through the C++ header, softplus.hpp: built
// against an installed copy through find_package and through pkg-config. It checks the run-time version
// against the header's, exact special values of the spec through the scalar and container overloads, and
// that an error arrives as sp::error.
#include <softplus.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

int main() {
    const std::vector<double> p = {0.5, 0.0, 1.0};
    const std::vector<double> logits = sp::logit(p);
    bool ok = std::strcmp(sp::version(), SP_VERSION_STRING) == 0 && logits[0] == 0.0 && !std::signbit(logits[0]) &&
              std::isinf(logits[1]) && logits[1] < 0 && std::isinf(logits[2]) && logits[2] > 0 &&
              sp::sigmoid(0.0f) == 0.5f && sp::softplusinv(0.0) == -HUGE_VAL;
    try {
        sp::softplus(static_cast<const double *>(nullptr), nullptr, 1);
        ok = false;
    } catch (const sp::error &e) {
        ok = ok && e.code() == sp::status::null_pointer;
    }
    std::printf("%s: libsoftplus %s (header %s), logit(0.5, 0, 1) = (%g, %g, %g)\n", ok ? "ok" : "FAIL", sp::version(),
                SP_VERSION_STRING, logits[0], logits[1], logits[2]);
    return ok ? 0 : 1;
}

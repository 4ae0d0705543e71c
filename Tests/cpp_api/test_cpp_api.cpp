// The test of softplus.hpp: every function of the spec (the X-macro table generated from it) through every
// overload of the C++ API, on the shared MPFR vectors. The scalar overloads must meet the contract's bound;
// the pointer, container, returned-container and (C++20) std::span overloads must equal the scalar results
// bit for bit; the errors must arrive as the documented exceptions with nothing written.
//
//     test_cpp_api VECTOR_DIRECTORY
#include <softplus.hpp>

#include "sp_test_table.h"
#include "vectors.hpp"

#include <array>
#include <iostream>
#include <limits>
#include <string>
#include <vector>
#if __cplusplus >= 202002L
#include <span>
#endif

namespace {

long checks = 0;
long failures = 0;

void check(bool ok, const std::string &what) {
    ++checks;
    // Enough failures to diagnose a bug without burying the summary.
    if (!ok && ++failures <= 40) std::cout << "FAIL: " << what << '\n';
}

template <class T> bool same_bits(const std::vector<T> &a, const std::vector<T> &b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (vectors::to_bits(a[i]) != vectors::to_bits(b[i])) return false;
    return true;
}

// Calls f and reports whether it threw sp::error with `code`, its message being sp_status_string's.
template <class F> bool throws_status(F f, sp::status code) {
    try {
        f();
    } catch (const sp::error &e) {
        return e.code() == code && std::string(e.what()) == sp::status_string(code);
    }
    return false;
}

template <class F> bool throws_length_error(F f) {
    try {
        f();
    } catch (const std::length_error &) {
        return true;
    }
    return false;
}

// The errors, in a form where F is one function's overload set: a null pointer, an overlap, a too large n
// and a size mismatch, each leaving out as it was.
template <class T, class F> void test_errors(const std::string &form, F f) {
    const T sentinel = T(-7);
    std::vector<T> buffer(4, T(1));
    std::vector<T> out(4, sentinel);
    check(throws_status([&] { f(static_cast<const T *>(nullptr), out.data(), std::size_t(1)); }, sp::status::null_pointer),
          form + ": a null x does not throw sp::error(null_pointer)");
    check(throws_status([&] { f(buffer.data(), buffer.data() + 1, std::size_t(3)); }, sp::status::overlap),
          form + ": overlapping x and out do not throw sp::error(overlap)");
    const std::size_t too_large = static_cast<std::size_t>(std::numeric_limits<std::ptrdiff_t>::max()) / sizeof(T) + 1;
    check(throws_status([&] { f(buffer.data(), out.data(), too_large); }, sp::status::too_large),
          form + ": n * sizeof(T) > PTRDIFF_MAX does not throw sp::error(too_large)");
    std::vector<T> short_out(3, sentinel);
    check(throws_length_error([&] { f(buffer, short_out); }), form + ": containers of different sizes do not throw std::length_error");
    check(out == std::vector<T>(4, sentinel) && short_out == std::vector<T>(3, sentinel) && buffer == std::vector<T>(4, T(1)),
          form + ": an error wrote to out");
    f(static_cast<const T *>(nullptr), static_cast<T *>(nullptr), std::size_t(0));  // n == 0: no error
}

template <class T, class F> void test_form(const std::string &directory, const std::string &name, F f) {
    const std::string form = name + "_" + vectors::format<T>::suffix();
    const vectors::file<T> cases = vectors::read<T>(directory, name);
    const std::vector<T> &x = cases.inputs;
    const std::size_t n = x.size();

    std::vector<T> scalar(n);
    for (std::size_t i = 0; i < n; ++i) {
        scalar[i] = f(x[i]);
        check(vectors::within_bound(scalar[i], cases.expected[i]),
              form + "(" + vectors::hex(x[i]) + ") = " + vectors::hex(scalar[i]) + ", want " + vectors::hex(cases.expected[i]));
    }

    std::vector<T> pointer(n);
    f(x.data(), pointer.data(), n);
    check(same_bits(pointer, scalar), form + ": the pointer overload differs from the scalar one");

    std::vector<T> container(n);
    f(x, container);
    check(same_bits(container, scalar), form + ": the container overload differs from the scalar one");

    std::vector<T> in_place(x);
    f(in_place, in_place);
    check(same_bits(in_place, scalar), form + ": in place differs from the scalar form");

    check(same_bits(f(x), scalar), form + ": the returned std::vector differs from the scalar form");

    std::array<T, 3> three = {{x[0], x[n / 2], x[n - 1]}};
    std::array<T, 3> three_out = f(three);
    std::vector<T> expected_three = {scalar[0], scalar[n / 2], scalar[n - 1]};
    check(same_bits(std::vector<T>(three_out.begin(), three_out.end()), expected_three),
          form + ": the returned std::array differs from the scalar form");
    std::array<T, 3> three_into;
    f(three, three_into);
    check(same_bits(std::vector<T>(three_into.begin(), three_into.end()), expected_three),
          form + ": the std::array pair overload differs from the scalar form");

#if __cplusplus >= 202002L
    std::vector<T> spanned(n);
    f(std::span<const T>(x), std::span<T>(spanned));
    check(same_bits(spanned, scalar), form + ": the std::span overload differs from the scalar form");
#endif

    test_errors<T>(form, f);
    std::cout << "  " << form << ": " << n << " vectors\n";
}

void test_statuses() {
#define SP_CHECK_STATUS(c_name, value, message) \
    check(std::string(sp::status_string(static_cast<sp::status>(value))) == message, "sp::status_string(" #c_name ")");
    SP_TEST_STATUSES(SP_CHECK_STATUS)
#undef SP_CHECK_STATUS
    check(static_cast<int>(sp::status::ok) == 0 && static_cast<int>(sp::status::null_pointer) == SP_ERR_NULL_POINTER &&
              static_cast<int>(sp::status::overlap) == SP_ERR_OVERLAP && static_cast<int>(sp::status::too_large) == SP_ERR_TOO_LARGE,
          "sp::status values differ from sp_status");
    check(std::string(sp::version()) == SP_TEST_VERSION, std::string("sp::version() = ") + sp::version());
    const sp::error e(sp::status::overlap);
    const std::runtime_error &base = e;
    check(std::string(base.what()) == sp_status_string(SP_ERR_OVERLAP) && e.code() == sp::status::overlap,
          "sp::error is not a std::runtime_error with the status message");
}

}  // namespace

// One function object per spec function: its whole overload set, so the tests above can call every form.
#define SP_OVERLOAD_SET(name, lowest, highest)                                                         \
    struct name##_overloads {                                                                         \
        template <class... A> auto operator()(A &&...a) const -> decltype(sp::name(std::forward<A>(a)...)) { \
            return sp::name(std::forward<A>(a)...);                                                    \
        }                                                                                             \
    };
SP_TEST_FUNCTIONS(SP_OVERLOAD_SET)
#undef SP_OVERLOAD_SET

int main(int argc, char **argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " VECTOR_DIRECTORY\n";
        return 2;
    }
    const std::string directory = argv[1];
    std::cout << "C++ API test (C++" << __cplusplus / 100 % 100 << ") of libsoftplus " << sp::version() << '\n';
    try {
#define SP_TEST_FUNCTION(name, lowest, highest)                     \
    test_form<double>(directory, #name, name##_overloads());        \
    test_form<float>(directory, #name, name##_overloads());
        SP_TEST_FUNCTIONS(SP_TEST_FUNCTION)
#undef SP_TEST_FUNCTION
    } catch (const std::exception &e) {
        check(false, std::string("unexpected exception: ") + e.what());
    }
    test_statuses();
    std::cout << checks - failures << " passed, " << failures << " failed\n";
    return failures ? 1 : 0;
}

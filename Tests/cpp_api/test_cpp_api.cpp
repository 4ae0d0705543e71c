// The test of softplus.hpp: every function of the spec (the X-macro table generated from it) through every
// overload of the C++ API, on the shared MPFR vectors. The scalar overloads must meet the contract's bound;
// the pointer, container, returned-container and (C++20) std::span overloads must equal the scalar results
// bit for bit; the errors must arrive as the documented exceptions with nothing written. Then the training
// functions (softplus_training.h) on the vectors of Tests/vectors/training, with the bounds of
// docs/TRAINING.md.
//
//     test_cpp_api VECTOR_DIRECTORY
#include <softplus.hpp>

#include "sp_test_table.h"
#include "vectors.hpp"

#include <array>
#include <cmath>
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

// ---- The training functions (softplus_training.h, vectors in Tests/vectors/training) ----

// grad_in = grad_out * f'(x): the pointer form within the contract's bound, the container forms (separate,
// in place on grad_out) and the returned std::vector bitwise the same.
template <class T, class F> void test_backward(const std::string &directory, const std::string &name, F f) {
    const std::string form = name + "_backward_" + vectors::format<T>::suffix();
    const vectors::table<T> rows = vectors::read_table<T>(directory, name + "_backward", 3);
    const std::vector<T> &x = rows.columns[0], &grad_out = rows.columns[1], &want = rows.columns[2];
    const std::size_t n = x.size();
    std::vector<T> pointer(n);
    f(x.data(), grad_out.data(), pointer.data(), n);
    for (std::size_t i = 0; i < n; ++i)
        check(vectors::within_bound(pointer[i], want[i]), form + "(" + vectors::hex(x[i]) + ", " + vectors::hex(grad_out[i]) +
                                                              ") = " + vectors::hex(pointer[i]) + ", want " + vectors::hex(want[i]));
    std::vector<T> container(n), in_place(grad_out);
    f(x, grad_out, container);
    f(x, in_place, in_place);
    check(same_bits(container, pointer) && same_bits(in_place, pointer) && same_bits(f(x, grad_out), pointer),
          form + ": a container form differs from the pointer form");
    std::vector<T> short_grad_in(n - 1, T(-7));
    check(throws_length_error([&] { f(x, grad_out, short_grad_in); }) && short_grad_in == std::vector<T>(n - 1, T(-7)),
          form + ": containers of different sizes do not throw std::length_error");
    check(throws_status([&] { f(x.data(), static_cast<const T *>(nullptr), container.data(), n); }, sp::status::null_pointer),
          form + ": a null grad_out does not throw sp::error(null_pointer)");
    std::cout << "  " << form << ": " << n << " vectors\n";
}

// Binary cross-entropy with logits: the loss within the bound (zeros of either sign: their sign is not
// specified), the gradient within the bound or within 2^-96 of its terms where they cancel, the sum and the
// mean of the finite logits exactly the file's correctly rounded ones; every form agreeing bitwise.
template <class T> void test_loss(const std::string &directory, const std::string &name, const std::string &stem) {
    const std::string form = name + "_" + vectors::format<T>::suffix();
    const vectors::table<T> rows = vectors::read_table<T>(directory, stem, 6);
    const std::vector<T> &x = rows.columns[0], &t = rows.columns[1], &w = rows.columns[2], &pw = rows.columns[3];
    const std::size_t n = x.size();
    std::vector<T> loss(n), gradient(n);
    const std::vector<T> ones(n, T(1));
    sp::bce_with_logits(x, t, w, pw, loss);
    sp::bce_with_logits_backward(x, t, w, pw, ones, gradient);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string at = "(" + vectors::hex(x[i]) + ", " + vectors::hex(t[i]) + ", " + vectors::hex(w[i]) + ", " + vectors::hex(pw[i]) + ")";
        check(vectors::within_bound(loss[i], rows.columns[4][i]) || (loss[i] == 0 && rows.columns[4][i] == 0),
              form + at + " = " + vectors::hex(loss[i]) + ", want " + vectors::hex(rows.columns[4][i]));
        const double want = static_cast<double>(rows.columns[5][i]);
        const double terms = std::fabs(static_cast<double>(w[i]) * pw[i] * t[i]) + std::fabs(static_cast<double>(w[i]) * (1 - static_cast<double>(t[i])));
        check(vectors::within_bound(gradient[i], rows.columns[5][i]) || (gradient[i] == 0 && want == 0) ||
                  std::fabs(static_cast<double>(gradient[i]) - want) <= std::ldexp(terms, -96),
              form + " gradient" + at + " = " + vectors::hex(gradient[i]) + ", want " + vectors::hex(rows.columns[5][i]));
    }
    std::vector<T> pointer(n), unweighted(n), unweighted_pointer(n);
    sp::bce_with_logits(x.data(), t.data(), w.data(), pw.data(), n, pointer.data());
    sp::bce_with_logits(x, t, unweighted);
    sp::bce_with_logits(x.data(), t.data(), static_cast<const T *>(nullptr), static_cast<const T *>(nullptr), n, unweighted_pointer.data());
    check(same_bits(pointer, loss) && same_bits(unweighted, unweighted_pointer), form + ": the pointer and container forms differ");
    std::vector<T> in_place(x);
    sp::bce_with_logits(in_place, t, w, pw, in_place);
    check(same_bits(in_place, loss), form + ": out == x differs");

    std::vector<T> fx, ft, fw, fpw;
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(x[i])) {
            fx.push_back(x[i]), ft.push_back(t[i]), fw.push_back(w[i]), fpw.push_back(pw[i]);
        }
    check(vectors::to_bits(sp::bce_with_logits_sum(fx, ft, fw, fpw)) == vectors::to_bits(rows.comment("sum")), form + ": the sum is not the correctly rounded one");
    check(vectors::to_bits(sp::bce_with_logits_mean(fx, ft, fw, fpw)) == vectors::to_bits(rows.comment("mean")), form + ": the mean is not the correctly rounded one");
    check(vectors::to_bits(sp::bce_with_logits_mean(fx.data(), ft.data(), fw.data(), fpw.data(), fx.size())) == vectors::to_bits(rows.comment("mean")),
          form + ": the pointer mean differs");
    check(std::isnan(sp::bce_with_logits_mean(fx.data(), ft.data(), fw.data(), fpw.data(), 0)), form + ": the mean of nothing is not NaN");

    std::vector<T> sum_gradient(n), mean_gradient(n), scaled(n);
    sp::bce_with_logits_sum_backward(x, t, w, pw, T(1), sum_gradient);
    check(same_bits(sum_gradient, gradient), form + ": the sum's gradient differs from the elementwise gradient");
    sp::bce_with_logits_mean_backward(x, t, w, pw, T(2), mean_gradient);
    sp::bce_with_logits_backward(x.data(), t.data(), w.data(), pw.data(), std::vector<T>(n, T(2) / static_cast<T>(n)).data(), n, scaled.data());
    std::size_t close = 0;
    for (std::size_t i = 0; i < n; ++i)
        close += vectors::to_bits(mean_gradient[i]) == vectors::to_bits(scaled[i]) || std::fabs(mean_gradient[i] - scaled[i]) <= 2 * std::fabs(scaled[i]) * std::numeric_limits<T>::epsilon() ||
                 (std::isnan(mean_gradient[i]) && std::isnan(scaled[i]));
    check(close == n, form + ": the mean's gradient is not grad_out / n times the elementwise one");
    std::vector<T> short_out(n - 1, T(-7));
    check(throws_length_error([&] { sp::bce_with_logits(x, t, short_out); }) && short_out == std::vector<T>(n - 1, T(-7)),
          form + ": containers of different sizes do not throw std::length_error");
    check(throws_status([&] { sp::bce_with_logits_sum(x.data(), static_cast<const T *>(nullptr), static_cast<const T *>(nullptr), static_cast<const T *>(nullptr), n); },
                        sp::status::null_pointer),
          form + ": a null target does not throw sp::error(null_pointer)");
    const std::vector<T> first(x.begin(), x.begin() + 5);
    std::vector<T> buffer(first);
    check(throws_status([&] { sp::bce_with_logits(buffer.data(), t.data(), static_cast<const T *>(nullptr), static_cast<const T *>(nullptr), 4, buffer.data() + 1); },
                        sp::status::overlap) && same_bits(buffer, first),
          form + ": out overlapping x does not throw sp::error(overlap)");
    std::cout << "  " << form << ": " << n << " vectors\n";
}

// The parameterized functions: the scalar form within the bound; the pointer, container and std::vector
// forms, called per row (each row has its own parameters), bitwise the scalar one.
template <class T, class F> void test_parameterized(const std::string &directory, const std::string &name, std::size_t parameters, F f) {
    const std::string form = name + "_" + vectors::format<T>::suffix();
    const vectors::table<T> rows = vectors::read_table<T>(directory, name, parameters + 2);
    const std::vector<T> &x = rows.columns[0], &want = rows.columns[parameters + 1];
    std::size_t agree = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const T p = rows.columns[1][i], q = rows.columns[parameters][i];
        const T got = f(x[i], p, q);
        check(vectors::within_bound(got, want[i]), form + "(" + vectors::hex(x[i]) + ", " + vectors::hex(p) +
                                                       (parameters > 1 ? ", " + vectors::hex(q) : std::string()) + ") = " +
                                                       vectors::hex(got) + ", want " + vectors::hex(want[i]));
        std::vector<T> one(1, x[i]), pointer(1), container(1);
        f(one.data(), pointer.data(), std::size_t(1), p, q);
        f(one, container, p, q);
        const std::vector<T> scalar(1, got);
        agree += same_bits(pointer, scalar) && same_bits(container, scalar) && same_bits(f(one, p, q), scalar);
    }
    check(agree == x.size(), form + ": an array form differs from the scalar form");
    std::cout << "  " << form << ": " << x.size() << " vectors\n";
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

// The training functions' overload sets, and an adapter giving the one-parameter functions the two-parameter
// signature of test_parameterized (the second parameter ignored).
#define SP_TRAINING_OVERLOAD_SET(name)                                                                 \
    struct name##_overloads {                                                                         \
        template <class... A> auto operator()(A &&...a) const -> decltype(sp::name(std::forward<A>(a)...)) { \
            return sp::name(std::forward<A>(a)...);                                                    \
        }                                                                                             \
    };
#define SP_BACKWARD_OVERLOAD_SET(function) SP_TRAINING_OVERLOAD_SET(function##_backward)
#define SP_PARAMETERIZED_OVERLOAD_SET(name, ...) SP_TRAINING_OVERLOAD_SET(name)
SP_TEST_TRAINING_UNARY(SP_TRAINING_OVERLOAD_SET)
SP_TEST_TRAINING_BACKWARD(SP_BACKWARD_OVERLOAD_SET)
SP_TEST_TRAINING_PARAMETERIZED_1(SP_PARAMETERIZED_OVERLOAD_SET)
SP_TEST_TRAINING_PARAMETERIZED_2(SP_PARAMETERIZED_OVERLOAD_SET)
#undef SP_PARAMETERIZED_OVERLOAD_SET
#undef SP_BACKWARD_OVERLOAD_SET
#undef SP_TRAINING_OVERLOAD_SET

template <class F> struct with_one_parameter {
    template <class T> T operator()(T x, T p, T) const { return F()(x, p); }
    template <class T> void operator()(const T *x, T *out, std::size_t n, T p, T) const { F()(x, out, n, p); }
    template <class T> void operator()(const std::vector<T> &x, std::vector<T> &out, T p, T) const { F()(x, out, p); }
    template <class T> std::vector<T> operator()(const std::vector<T> &x, T p, T) const { return F()(x, p); }
};

void test_training(const std::string &directory) {
#define SP_TEST_UNARY(name)                                                \
    test_form<double>(directory, #name, name##_overloads());               \
    test_form<float>(directory, #name, name##_overloads());
    SP_TEST_TRAINING_UNARY(SP_TEST_UNARY)
#undef SP_TEST_UNARY
#define SP_TEST_BACKWARD(function)                                                         \
    test_backward<double>(directory, #function, function##_backward_overloads());          \
    test_backward<float>(directory, #function, function##_backward_overloads());
    SP_TEST_TRAINING_BACKWARD(SP_TEST_BACKWARD)
#undef SP_TEST_BACKWARD
#define SP_TEST_LOSS(name, stem)                   \
    test_loss<double>(directory, #name, #stem);    \
    test_loss<float>(directory, #name, #stem);
    SP_TEST_TRAINING_LOSSES(SP_TEST_LOSS)
#undef SP_TEST_LOSS
    // One signature for both lists: a function of one parameter ignores the second.
#define SP_TEST_PARAMETERIZED_1(name, c)                                                                   \
    test_parameterized<double>(directory, #name, 1, with_one_parameter<name##_overloads>());               \
    test_parameterized<float>(directory, #name, 1, with_one_parameter<name##_overloads>());
#define SP_TEST_PARAMETERIZED_2(name, p, q)                                              \
    test_parameterized<double>(directory, #name, 2, name##_overloads());                 \
    test_parameterized<float>(directory, #name, 2, name##_overloads());
    SP_TEST_TRAINING_PARAMETERIZED_1(SP_TEST_PARAMETERIZED_1)
    SP_TEST_TRAINING_PARAMETERIZED_2(SP_TEST_PARAMETERIZED_2)
#undef SP_TEST_PARAMETERIZED_1
#undef SP_TEST_PARAMETERIZED_2
}

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
        test_training(directory + "/training");
    } catch (const std::exception &e) {
        check(false, std::string("unexpected exception: ") + e.what());
    }
    test_statuses();
    std::cout << checks - failures << " passed, " << failures << " failed\n";
    return failures ? 1 : 0;
}

// The C++ test of libsoftplus: the header compiled as C++11, every entry point's type checked at compile
// time, and every form called on the shared MPFR vectors (scalar within the contract's bound, array
// bitwise identical), plus the array status codes and the strings, through the C++ view of the API.
//
//     test_cpp VECTOR_DIRECTORY
#include <softplus.h>

#include "sp_test_table.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace {

// Every declaration has exactly the contract's type, and the header's enum is a C enum usable from C++.
#define SP_ASSERT_TYPES(name, lowest, highest)                                                                   \
    static_assert(std::is_same<decltype(&sp_##name##_f64), double (*)(double)>::value, #name "_f64");             \
    static_assert(std::is_same<decltype(&sp_##name##_f32), float (*)(float)>::value, #name "_f32");               \
    static_assert(std::is_same<decltype(&sp_##name##_f64_array), int (*)(const double *, double *, size_t)>::value, \
                  #name "_f64_array");                                                                             \
    static_assert(std::is_same<decltype(&sp_##name##_f32_array), int (*)(const float *, float *, size_t)>::value,  \
                  #name "_f32_array");
SP_TEST_FUNCTIONS(SP_ASSERT_TYPES)
#undef SP_ASSERT_TYPES
static_assert(std::is_same<decltype(&sp_status_string), const char *(*)(int)>::value, "sp_status_string");
static_assert(std::is_same<decltype(&sp_version), const char *(*)()>::value, "sp_version");
static_assert(SP_OK == 0, "SP_OK is 0");

long checks = 0;
long failures = 0;

bool check(bool ok, const std::string &what) {
    ++checks;
    // Enough failures to diagnose a bug without burying the summary.
    if (!ok && ++failures <= 40) std::cout << "FAIL: " << what << '\n';
    return ok;
}

template <typename T> struct Format;
template <> struct Format<double> {
    typedef std::uint64_t Bits;
    static const char *suffix() { return "f64"; }
    enum { precision = 53, smallest_exponent = -1074 };
};
template <> struct Format<float> {
    typedef std::uint32_t Bits;
    static const char *suffix() { return "f32"; }
    enum { precision = 24, smallest_exponent = -149 };
};

template <typename T> T from_bits(typename Format<T>::Bits bits) {
    T value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

template <typename T> typename Format<T>::Bits to_bits(T value) {
    typename Format<T>::Bits bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

std::string hex(std::uint64_t bits) {
    std::ostringstream out;
    out << std::hex << bits;
    return out.str();
}

// The contract's bound (CONTRACT.md): double within 1 ULP of the correctly rounded value e, ULP taken at
// e; float equal to e; NaN for NaN; zeros and infinities exact, sign included.
template <typename T> bool within_bound(T got, T expected) {
    if (std::isnan(expected)) return std::isnan(got);
    if (std::isnan(got) || std::signbit(got) != std::signbit(expected)) return false;
    if (std::isinf(expected) || expected == 0 || Format<T>::precision == 24)
        return to_bits(got) == to_bits(expected);
    if (std::isinf(got)) return false;
    int exponent;
    std::frexp(expected, &exponent);
    int ulp_exponent = std::max<int>(exponent - Format<T>::precision, Format<T>::smallest_exponent);
    // Exact: same sign and, when within an ULP, within a factor 2 (Sterbenz).
    return std::fabs(static_cast<double>(got) - static_cast<double>(expected)) <= std::ldexp(1.0, ulp_exponent);
}

struct Case {
    std::uint64_t input, expected;
};

// Reads <directory>/<name>_<suffix>.txt; false when the file does not exist.
bool read_vectors(const std::string &path, int digits, std::vector<Case> &cases) {
    std::ifstream file(path.c_str());
    if (!file) return false;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string input, expected;
        fields >> input >> expected;
        if (!check(input.size() == static_cast<size_t>(digits) && expected.size() == static_cast<size_t>(digits),
                   path + ": malformed line " + line))
            continue;
        Case c = {std::stoull(input, nullptr, 16), std::stoull(expected, nullptr, 16)};
        cases.push_back(c);
    }
    return true;
}

std::size_t vector_files = 0;

template <typename T>
void test_form(const std::string &directory, const char *name, T (*scalar)(T), int (*array)(const T *, T *, size_t)) {
    typedef typename Format<T>::Bits Bits;
    const std::string form = std::string(name) + "_" + Format<T>::suffix();

    // A few calls that need no vectors: NaN in, NaN out; the array form on an empty range.
    check(std::isnan(scalar(std::numeric_limits<T>::quiet_NaN())), form + "(NaN) is not NaN");
    check(array(nullptr, nullptr, 0) == SP_OK, form + "_array(nullptr, nullptr, 0) != SP_OK");
    T one = 1, result = 0;
    check(array(nullptr, &result, 1) == SP_ERR_NULL_POINTER && result == 0, form + "_array(nullptr, out, 1)");
    check(array(&one, &result, (static_cast<size_t>(PTRDIFF_MAX) / sizeof(T)) + 1) == SP_ERR_TOO_LARGE && result == 0,
          form + "_array with n * sizeof > PTRDIFF_MAX");

    std::vector<Case> cases;
    if (!read_vectors(directory + "/" + form + ".txt", static_cast<int>(2 * sizeof(T)), cases)) return;
    ++vector_files;
    std::vector<T> x, out(cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) x.push_back(from_bits<T>(static_cast<Bits>(cases[i].input)));
    check(array(x.data(), out.data(), x.size()) == SP_OK, form + "_array on the vectors");
    for (std::size_t i = 0; i < cases.size(); ++i) {
        T got = scalar(x[i]);
        T expected = from_bits<T>(static_cast<Bits>(cases[i].expected));
        check(within_bound(got, expected),
              form + "(0x" + hex(cases[i].input) + ") = 0x" + hex(to_bits(got)) + ", want 0x" + hex(cases[i].expected));
        check(to_bits(out[i]) == to_bits(got), form + "_array differs from the scalar form at 0x" + hex(cases[i].input));
    }
    std::cout << "  " << form << ": " << cases.size() << " vectors\n";
}

void test_strings() {
#define SP_CHECK_STATUS(c_name, value, message)                                                    \
    check(c_name == value && std::string(sp_status_string(c_name)) == message,                     \
          std::string("sp_status_string(" #c_name ") = ") + sp_status_string(c_name));
    SP_TEST_STATUSES(SP_CHECK_STATUS)
#undef SP_CHECK_STATUS
    check(std::string(sp_status_string(-1)) == "unknown status", "sp_status_string(-1)");
    check(std::string(sp_version()) == SP_TEST_VERSION && std::string(SP_VERSION_STRING) == SP_TEST_VERSION,
          std::string("sp_version() = ") + sp_version());
    sp_status status = SP_OK;
    check(status == 0, "sp_status is usable as a C++ type");
}

}  // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " VECTOR_DIRECTORY\n";
        return 2;
    }
    const std::string directory = argv[1];
    std::cout << "C++ test of libsoftplus " << sp_version() << '\n';
#define SP_TEST_FUNCTION(name, lowest, highest)                                    \
    test_form<double>(directory, #name, sp_##name##_f64, sp_##name##_f64_array);   \
    test_form<float>(directory, #name, sp_##name##_f32, sp_##name##_f32_array);
    SP_TEST_FUNCTIONS(SP_TEST_FUNCTION)
#undef SP_TEST_FUNCTION
    test_strings();
    std::cout << "  " << vector_files << " vector files\n";
    std::cout << (failures ? "FAIL" : "ok") << ": " << checks << " checks, " << failures << " failed\n";
    return failures ? 1 : 0;
}

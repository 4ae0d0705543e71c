// The shared MPFR vectors (Tests/vectors/<name>_<suffix>.txt, format in the architecture contract) and the
// contract's bound, for the C++ API test: double within 1 ULP of the correctly rounded value, float equal
// to it, NaN for NaN, zeros and infinities exact with their sign.
#ifndef SOFTPLUS_TEST_CPP_API_VECTORS_HPP
#define SOFTPLUS_TEST_CPP_API_VECTORS_HPP

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace vectors {

template <class T> struct format;
template <> struct format<double> {
    typedef std::uint64_t bits;
    static const char *suffix() { return "f64"; }
};
template <> struct format<float> {
    typedef std::uint32_t bits;
    static const char *suffix() { return "f32"; }
};

template <class T> T from_bits(typename format<T>::bits b) {
    T value;
    std::memcpy(&value, &b, sizeof value);
    return value;
}

template <class T> typename format<T>::bits to_bits(T value) {
    typename format<T>::bits b;
    std::memcpy(&b, &value, sizeof b);
    return b;
}

template <class T> std::string hex(T value) {
    std::ostringstream out;
    out << "0x" << std::hex << static_cast<std::uint64_t>(to_bits(value));
    return out.str();
}

template <class T> struct file {
    std::vector<T> inputs, expected;
};

// Reads <directory>/<name>_<suffix>.txt; throws std::runtime_error when it is missing or malformed, since a
// test without its vectors would check nothing.
template <class T> file<T> read(const std::string &directory, const std::string &name) {
    const std::string path = directory + "/" + name + "_" + format<T>::suffix() + ".txt";
    std::ifstream in(path.c_str());
    if (!in) throw std::runtime_error("cannot read " + path);
    const std::size_t digits = 2 * sizeof(T);
    file<T> result;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string input, expected;
        fields >> input >> expected;
        if (input.size() != digits || expected.size() != digits) throw std::runtime_error(path + ": malformed line " + line);
        typedef typename format<T>::bits bits;
        result.inputs.push_back(from_bits<T>(static_cast<bits>(std::stoull(input, nullptr, 16))));
        result.expected.push_back(from_bits<T>(static_cast<bits>(std::stoull(expected, nullptr, 16))));
    }
    if (result.inputs.empty()) throw std::runtime_error(path + " has no cases");
    return result;
}

// The rows of a training vector file (Tests/vectors/training/<stem>_<suffix>.txt: `columns` bit patterns per
// line) as columns, and its `# <key> <bits>` comments (the bce files' sum and mean). Throws like read().
template <class T> struct table {
    std::vector<std::vector<T>> columns;
    std::vector<std::pair<std::string, T>> comments;
    T comment(const std::string &key) const {
        for (std::size_t i = 0; i < comments.size(); ++i)
            if (comments[i].first == key) return comments[i].second;
        throw std::runtime_error("no comment " + key);
    }
};

template <class T> table<T> read_table(const std::string &directory, const std::string &stem, std::size_t columns) {
    const std::string path = directory + "/" + stem + "_" + format<T>::suffix() + ".txt";
    std::ifstream in(path.c_str());
    if (!in) throw std::runtime_error("cannot read " + path);
    typedef typename format<T>::bits bits;
    const std::size_t digits = 2 * sizeof(T);
    table<T> result;
    result.columns.resize(columns);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::istringstream fields(line);
        if (line[0] == '#') {
            std::string hash, key, value;
            fields >> hash >> key >> value;
            if (value.size() == digits && value.find_first_not_of("0123456789abcdef") == std::string::npos)
                result.comments.push_back(std::make_pair(key, from_bits<T>(static_cast<bits>(std::stoull(value, nullptr, 16)))));
            continue;
        }
        for (std::size_t c = 0; c < columns; ++c) {
            std::string field;
            fields >> field;
            if (field.size() != digits) throw std::runtime_error(path + ": malformed line " + line);
            result.columns[c].push_back(from_bits<T>(static_cast<bits>(std::stoull(field, nullptr, 16))));
        }
    }
    if (result.columns[0].empty()) throw std::runtime_error(path + " has no cases");
    return result;
}

// |got - expected| <= 1 ULP of expected (the ULP of the correctly rounded result) for double; equality for
// float, whose results the contract requires correctly rounded.
template <class T> bool within_bound(T got, T expected) {
    if (std::isnan(expected)) return std::isnan(got);
    if (std::isnan(got) || std::signbit(got) != std::signbit(expected)) return false;
    if (std::isinf(expected) || expected == 0 || sizeof(T) == sizeof(float)) return to_bits(got) == to_bits(expected);
    if (std::isinf(got)) return false;
    int exponent;
    std::frexp(expected, &exponent);
    const int precision = std::numeric_limits<T>::digits;
    const int smallest = std::numeric_limits<T>::min_exponent - precision;  // the exponent of the least subnormal
    return std::fabs(got - expected) <= std::ldexp(T(1), std::max(exponent - precision, smallest));
}

}  // namespace vectors

#endif

//! What the vector tests share: the repository's root and the bits and bound of each format.

use std::fs;
use std::path::PathBuf;

pub fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bits behind a format: what the vectors give and what the comparisons need.
pub trait Bits: softplus::Float + PartialOrd + std::fmt::Debug {
    const SUFFIX: &'static str;
    const DIGITS: usize;
    fn from_bits(bits: u64) -> Self;
    fn bits(self) -> u64;
    /// Within the contract's bound of the correctly rounded `expected`.
    fn within_bound(self, expected: Self) -> bool;
}

impl Bits for f64 {
    const SUFFIX: &'static str = "f64";
    const DIGITS: usize = 16;
    fn from_bits(bits: u64) -> Self {
        f64::from_bits(bits)
    }
    fn bits(self) -> u64 {
        self.to_bits()
    }
    fn within_bound(self, expected: f64) -> bool {
        if expected.is_nan() {
            return self.is_nan();
        }
        if self.is_nan() || self.is_sign_negative() != expected.is_sign_negative() {
            return false;
        }
        if expected == 0.0 || expected.is_infinite() || self.is_infinite() {
            return self.to_bits() == expected.to_bits();
        }
        // The ULP of the correctly rounded value: 2^(b - 1075) for the biased exponent field b (1 for
        // subnormals), built from its bits since 2^-1074 is out of reach of powi.
        let biased = ((expected.to_bits() >> 52) & 0x7ff).max(1);
        let ulp = if biased > 52 { f64::from_bits((biased - 52) << 52) } else { f64::from_bits(1 << (biased - 1)) };
        (self - expected).abs() <= ulp
    }
}

impl Bits for f32 {
    const SUFFIX: &'static str = "f32";
    const DIGITS: usize = 8;
    fn from_bits(bits: u64) -> Self {
        f32::from_bits(bits as u32)
    }
    fn bits(self) -> u64 {
        u64::from(self.to_bits())
    }
    fn within_bound(self, expected: f32) -> bool {
        // Float results must be correctly rounded; any NaN matches a NaN.
        if expected.is_nan() {
            return self.is_nan();
        }
        self.to_bits() == expected.to_bits()
    }
}

/// The (input, expected) pairs of <directory>/<name>_<suffix>.txt, a directory of the repository.
pub fn read_vectors<T: Bits>(directory: &str, name: &str) -> (Vec<T>, Vec<T>) {
    let path = repository().join(format!("{directory}/{name}_{}.txt", T::SUFFIX));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut inputs = Vec::new();
    let mut expected = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let fields: Vec<&str> = line.split(' ').collect();
        assert!(fields.len() == 2 && fields.iter().all(|f| f.len() == T::DIGITS), "{}: malformed line {line}", path.display());
        let parse = |f: &str| T::from_bits(u64::from_str_radix(f, 16).unwrap_or_else(|_| panic!("malformed line {line}")));
        inputs.push(parse(fields[0]));
        expected.push(parse(fields[1]));
    }
    assert!(!inputs.is_empty(), "{} has no cases", path.display());
    (inputs, expected)
}

/// Checks one format of one function; returns the failures' descriptions.
pub fn check_function<T: Bits>(function: &softplus::Function<T>, directory: &str) -> Vec<String> {
    let (x, expected) = read_vectors::<T>(directory, function.name);
    let form = format!("{}_{}", function.name, T::SUFFIX);
    let mut failures = Vec::new();
    let scalar: Vec<T> = x.iter().map(|&v| (function.scalar)(v)).collect();
    for ((input, got), want) in x.iter().zip(&scalar).zip(&expected) {
        if !got.within_bound(*want) {
            failures.push(format!("{form}({:x}) = {:x}, want {:x}", input.bits(), got.bits(), want.bits()));
        }
    }
    let mut out = vec![T::from_bits(0); x.len()];
    (function.slice)(&x, &mut out).expect("the slice form failed");
    let mut in_place = x.clone();
    (function.in_place)(&mut in_place).expect("the in-place form failed");
    for (result, what) in [(&out, "slice"), (&in_place, "in-place")] {
        let differences = result.iter().zip(&scalar).filter(|(a, b)| a.bits() != b.bits()).count();
        if differences > 0 {
            failures.push(format!("{form}: {differences} {what} results differ from the scalar ones"));
        }
    }
    println!("  {form}: {} vectors", x.len());
    failures
}

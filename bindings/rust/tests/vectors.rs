//! Every function of spec/softplus.json, through every form of the crate, on the shared MPFR vectors
//! (Tests/vectors, format in the architecture contract): scalars within the contract's bound (double within
//! 1 ULP of the correctly rounded value, float equal to it, NaN for NaN, zeros and infinities exact with
//! their sign), slices and in-place slices bitwise the scalar results.

mod common;

use common::{check_function, repository, Bits};
use std::fs;

fn spec_function_names() -> Vec<String> {
    let text = fs::read_to_string(repository().join("spec/softplus.json")).unwrap();
    // Only function entries of the spec have a "name" key.
    text.split("\"name\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').nth(1).map(str::to_string))
        .collect()
}

#[test]
fn every_spec_function_is_bound() {
    let names: Vec<&str> = softplus::functions::<f64>().iter().map(|f| f.name).collect();
    assert_eq!(names, spec_function_names());
}

#[test]
fn doubles_on_the_vectors() {
    let failures: Vec<String> = softplus::functions::<f64>().iter().flat_map(|f| check_function(f, "Tests/vectors")).collect();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
}

#[test]
fn floats_on_the_vectors() {
    let failures: Vec<String> = softplus::functions::<f32>().iter().flat_map(|f| check_function(f, "Tests/vectors")).collect();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
}

#[test]
fn the_bound_is_one_ulp_of_the_expected_value() {
    let one_ulp_above = |v: f64| f64::from_bits(v.to_bits() + 1);
    assert!(one_ulp_above(1.0).within_bound(1.0));
    assert!(!one_ulp_above(one_ulp_above(1.0)).within_bound(1.0));
    assert!(f64::from_bits(2).within_bound(f64::from_bits(1)) && !f64::from_bits(3).within_bound(f64::from_bits(1)));
    assert!(!(-0.0f64).within_bound(0.0) && !f32::from_bits(0x3f80_0001).within_bound(1.0f32));
    assert!(f64::NAN.within_bound(f64::from_bits(0x7ff8_0000_0000_0001)) && !1.0f64.within_bound(f64::NAN));
}

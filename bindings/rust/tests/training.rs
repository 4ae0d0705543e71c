//! The training functions of the crate (softplus_training.h) on the MPFR vectors of Tests/vectors/training,
//! with the bounds of docs/TRAINING.md: the one-argument functions and the backward products within the
//! contract's bound in every form; the loss within the bound (zeros of either sign: their sign is not
//! specified), its gradient within the bound or within 2^-96 of its terms where they cancel, the sum and the
//! mean of the finite logits correctly rounded; the parameterized functions within the bound, their slice
//! forms bitwise the scalar ones.

mod common;

use common::{check_function, repository, Bits};
use std::fs;

const DIRECTORY: &str = "Tests/vectors/training";

/// The rows of <DIRECTORY>/<stem>_<suffix>.txt as columns, and its `# <key> <bits>` comments.
fn read_table<T: Bits>(stem: &str, columns: usize) -> (Vec<Vec<T>>, Vec<(String, T)>) {
    let path = repository().join(format!("{DIRECTORY}/{stem}_{}.txt", T::SUFFIX));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let parse = |f: &str| T::from_bits(u64::from_str_radix(f, 16).unwrap_or_else(|_| panic!("{}: malformed {f}", path.display())));
    let mut table = vec![Vec::new(); columns];
    let mut comments = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split(' ').collect();
        if line.starts_with('#') {
            if fields.len() == 3 && fields[2].len() == T::DIGITS && fields[2].chars().all(|c| c.is_ascii_hexdigit()) {
                comments.push((fields[1].to_string(), parse(fields[2])));
            }
            continue;
        }
        assert!(fields.len() == columns && fields.iter().all(|f| f.len() == T::DIGITS), "{}: malformed line {line}", path.display());
        for (column, field) in table.iter_mut().zip(&fields) {
            column.push(parse(field));
        }
    }
    assert!(!table[0].is_empty(), "{} has no cases", path.display());
    (table, comments)
}

fn report(failures: Vec<String>) {
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
}

fn spec_training_names(kind: &str, key: &str) -> Vec<String> {
    let text = fs::read_to_string(repository().join("spec/softplus.json")).unwrap();
    let section = text.split(&format!("\"{kind}\": [")).nth(1).expect("the spec's training section");
    // The section ends where the next kind of the training section begins.
    let end = ["unary", "backward", "losses", "parameterized"]
        .iter()
        .filter_map(|other| section.find(&format!("\"{other}\": [")))
        .min()
        .unwrap_or(section.len());
    let section = &section[..end];
    section.split(&format!("\"{key}\"")).skip(1).filter_map(|rest| rest.split('"').nth(1).map(str::to_string)).collect()
}

#[test]
fn every_spec_training_function_is_bound() {
    let names: Vec<&str> = softplus::training_functions::<f64>().iter().map(|f| f.name).collect();
    assert_eq!(names, spec_training_names("unary", "id"));
}

fn unary<T: Bits>() {
    report(softplus::training_functions::<T>().iter().flat_map(|f| check_function(f, DIRECTORY)).collect());
}

/// Every backward product of one format, by the family function's name.
fn backward<T: Bits>() {
    type Backward<T> = fn(&[T], &[T], &mut [T]) -> Result<(), softplus::Status>;
    type InPlace<T> = fn(&[T], &mut [T]) -> Result<(), softplus::Status>;
    let functions: [(&str, Backward<T>, InPlace<T>); 9] = [
        ("softplus", softplus::softplus_backward, softplus::softplus_backward_in_place),
        ("softminus", softplus::softminus_backward, softplus::softminus_backward_in_place),
        ("sigmoid", softplus::sigmoid_backward, softplus::sigmoid_backward_in_place),
        ("one_minus_sigmoid", softplus::one_minus_sigmoid_backward, softplus::one_minus_sigmoid_backward_in_place),
        ("logit", softplus::logit_backward, softplus::logit_backward_in_place),
        ("softplusinv", softplus::softplusinv_backward, softplus::softplusinv_backward_in_place),
        ("softminusinv", softplus::softminusinv_backward, softplus::softminusinv_backward_in_place),
        ("log_sigmoid", softplus::log_sigmoid_backward, softplus::log_sigmoid_backward_in_place),
        ("log_one_minus_sigmoid", softplus::log_one_minus_sigmoid_backward, softplus::log_one_minus_sigmoid_backward_in_place),
    ];
    let names: Vec<&str> = functions.iter().map(|f| f.0).collect();
    assert_eq!(names, spec_training_names("backward", "function"));
    let mut failures = Vec::new();
    for (name, f, in_place) in functions {
        let (columns, _) = read_table::<T>(&format!("{name}_backward"), 3);
        let (x, grad_out, want) = (&columns[0], &columns[1], &columns[2]);
        let mut grad_in = vec![T::from_bits(0); x.len()];
        f(x, grad_out, &mut grad_in).expect("the backward product failed");
        for i in 0..x.len() {
            if !grad_in[i].within_bound(want[i]) {
                failures.push(format!("{name}_backward_{}({:?}, {:?}) = {:?}, want {:?}", T::SUFFIX, x[i], grad_out[i], grad_in[i], want[i]));
            }
        }
        let mut grad = grad_out.clone();
        in_place(x, &mut grad).expect("the in-place backward product failed");
        if grad.iter().zip(&grad_in).any(|(a, b)| a.bits() != b.bits()) {
            failures.push(format!("{name}_backward_{}: the in-place form differs", T::SUFFIX));
        }
    }
    report(failures);
}

/// The bounds of the loss and its gradient, as f64 values (exact for both formats).
fn bce<T: Bits + Into<f64>>() {
    let (columns, comments) = read_table::<T>("bce", 6);
    let (x, t, w, pw) = (&columns[0], &columns[1], &columns[2], &columns[3]);
    let n = x.len();
    let mut loss = vec![T::from_bits(0); n];
    let mut gradient = vec![T::from_bits(0); n];
    let ones = vec![T::from_bits(if T::DIGITS == 16 { 0x3ff0_0000_0000_0000 } else { 0x3f80_0000 }); n];
    softplus::bce_with_logits(x, t, Some(w), Some(pw), &mut loss).unwrap();
    softplus::bce_with_logits_backward(x, t, Some(w), Some(pw), &ones, &mut gradient).unwrap();
    let mut failures = Vec::new();
    for i in 0..n {
        let zero = |a: T, b: T| a.into() == 0.0 && b.into() == 0.0;
        let terms = (w[i].into() * pw[i].into() * t[i].into()).abs() + (w[i].into() * (1.0 - t[i].into())).abs();
        let cancelled = (gradient[i].into() - columns[5][i].into()).abs() <= terms * 2f64.powi(-96);
        if !(loss[i].within_bound(columns[4][i]) || zero(loss[i], columns[4][i]))
            || !(gradient[i].within_bound(columns[5][i]) || zero(gradient[i], columns[5][i]) || cancelled)
        {
            failures.push(format!("bce_{}({:?}, {:?}, {:?}, {:?}) = {:?}, {:?}; want {:?}, {:?}", T::SUFFIX, x[i], t[i], w[i], pw[i],
                                  loss[i], gradient[i], columns[4][i], columns[5][i]));
        }
    }
    let finite: Vec<usize> = (0..n).filter(|&i| x[i].into().is_finite()).collect();
    let pick = |v: &Vec<T>| finite.iter().map(|&i| v[i]).collect::<Vec<T>>();
    let (fx, ft, fw, fpw) = (pick(x), pick(t), pick(w), pick(pw));
    for (key, got) in [
        ("sum", softplus::bce_with_logits_sum(&fx, &ft, Some(&fw), Some(&fpw)).unwrap()),
        ("mean", softplus::bce_with_logits_mean(&fx, &ft, Some(&fw), Some(&fpw)).unwrap()),
    ] {
        let want = comments.iter().find(|(k, _)| k == key).expect("the file's sum and mean").1;
        if got.bits() != want.bits() {
            failures.push(format!("bce_with_logits_{key}_{} = {got:?}, want {want:?}", T::SUFFIX));
        }
    }
    let mut sum_gradient = vec![T::from_bits(0); n];
    softplus::bce_with_logits_sum_backward(x, t, Some(w), Some(pw), ones[0], &mut sum_gradient).unwrap();
    if sum_gradient.iter().zip(&gradient).any(|(a, b)| a.bits() != b.bits()) {
        failures.push(format!("bce_with_logits_sum_backward_{} differs from the elementwise gradient", T::SUFFIX));
    }
    report(failures);
}

/// A parameterized function's rows: x, its parameters, the correctly rounded result; the slice form on
/// each row bitwise the scalar form.
fn parameterized<T: Bits>(name: &str, parameters: usize, scalar: impl Fn(T, &[T]) -> T, slice: impl Fn(&[T], &mut [T], &[T])) {
    let (columns, _) = read_table::<T>(name, parameters + 2);
    let mut failures = Vec::new();
    for (i, &x) in columns[0].iter().enumerate() {
        let p: Vec<T> = (1..=parameters).map(|k| columns[k][i]).collect();
        let want = columns[parameters + 1][i];
        let got = scalar(x, &p);
        let mut out = [T::from_bits(0)];
        slice(&[x], &mut out, &p);
        if !got.within_bound(want) || out[0].bits() != got.bits() {
            failures.push(format!("{name}_{}({x:?}, {p:?}) = {got:?} (slice {:?}), want {want:?}", T::SUFFIX, out[0]));
        }
    }
    report(failures);
}

fn parameterized_all<T: Bits>() {
    parameterized::<T>("softplus_beta", 2, |x, p| softplus::softplus_beta(x, p[0], p[1]), |x, out, p| {
        softplus::softplus_beta_slice(x, out, p[0], p[1]).unwrap()
    });
    parameterized::<T>("softplusinv_beta", 2, |x, p| softplus::softplusinv_beta(x, p[0], p[1]), |x, out, p| {
        softplus::softplusinv_beta_slice(x, out, p[0], p[1]).unwrap()
    });
    parameterized::<T>("softplus_through", 1, |x, p| softplus::softplus_through(x, p[0]), |x, out, p| {
        softplus::softplus_through_slice(x, out, p[0]).unwrap()
    });
}

#[test]
fn unary_on_the_vectors() {
    unary::<f64>();
    unary::<f32>();
}

#[test]
fn backward_on_the_vectors() {
    backward::<f64>();
    backward::<f32>();
}

#[test]
fn bce_on_the_vectors() {
    bce::<f64>();
    bce::<f32>();
}

#[test]
fn parameterized_on_the_vectors() {
    parameterized_all::<f64>();
    parameterized_all::<f32>();
}

#[test]
fn the_logits_pytorch_gets_wrong() {
    assert_eq!(softplus::bce_with_logits_mean(&[f64::NEG_INFINITY], &[0.0], None, None), Ok(0.0));
    assert_eq!(softplus::bce_with_logits_sum(&[-120.0f64], &[1.0], None, Some(&[3.0])), Ok(360.0));
    assert!(softplus::sigmoid_deriv(40.0f64) > 0.0);
    assert!(softplus::bce_with_logits_mean::<f32>(&[], &[], None, None).unwrap().is_nan());
}

#[test]
#[should_panic(expected = "target.len() differs from x.len()")]
fn arrays_of_different_lengths_panic() {
    let _ = softplus::bce_with_logits_sum(&[1.0f64, 2.0], &[1.0], None, None);
}

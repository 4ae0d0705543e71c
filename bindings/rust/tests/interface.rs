//! The crate's interface beyond the values: the status codes and messages against the C library, the
//! length check of the slice forms, the generic and named spellings, and the version.

use softplus::{ffi, Status};

#[test]
fn statuses_come_from_the_library() {
    let mut x = [1.0f64; 4];
    let mut out = [-7.0f64; 4];
    let null = unsafe { ffi::sp_softplus_f64_array(std::ptr::null(), out.as_mut_ptr(), 1) };
    let overlap = unsafe { ffi::sp_softplus_f64_array(x.as_ptr(), x.as_mut_ptr().add(1), 3) };
    let too_large = unsafe { ffi::sp_softplus_f64_array(x.as_ptr(), out.as_mut_ptr(), (isize::MAX as usize) / 8 + 1) };
    assert_eq!(Status::from_code(null), Err(Status::NullPointer));
    assert_eq!(Status::from_code(overlap), Err(Status::Overlap));
    assert_eq!(Status::from_code(too_large), Err(Status::TooLarge));
    assert_eq!(out, [-7.0; 4], "an error wrote to out");
    assert_eq!(Status::from_code(0), Ok(()));
    assert_eq!(Status::from_code(99), Err(Status::Unknown(99)));
    for status in [Status::NullPointer, Status::Overlap, Status::TooLarge] {
        assert_eq!(Status::from_code(status.code()), Err(status));
    }
    assert_eq!(Status::Overlap.to_string(), "out overlaps x without being equal to it (out == x, in place, is allowed)");
    assert_eq!(Status::Unknown(99).message(), "unknown status");
}

#[test]
#[should_panic(expected = "out.len() differs from x.len()")]
fn slices_of_different_lengths_panic() {
    let mut out = [0.0f32; 2];
    let _ = softplus::sigmoid_slice(&[1.0f32, 2.0, 3.0], &mut out);
}

#[test]
fn generic_and_empty_forms() {
    fn generic<T: softplus::Float>(x: T) -> T {
        softplus::logit(x)
    }
    assert_eq!(generic(0.5f64).to_bits(), 0.0f64.to_bits());
    assert_eq!(generic(0.0f32), f32::NEG_INFINITY);
    assert_eq!(softplus::softplus_slice::<f64>(&[], &mut []), Ok(()));
    assert_eq!(softplus::softplus_in_place::<f32>(&mut []), Ok(()));
}

#[test]
fn version_matches_the_crate() {
    assert_eq!(softplus::version(), env!("CARGO_PKG_VERSION"));
}

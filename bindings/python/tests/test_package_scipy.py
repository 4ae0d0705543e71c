"""Agreement with scipy.special where SciPy is accurate.

SciPy's errors, measured against the MPFR vectors Tests/vectors with SciPy
1.17 (float64 and float32 loops alike): expit <= 2 ULP while the result is a
normal number, but subnormal results are flushed to 0 (x below about -708.4 /
-87.3); logit <= 1 ULP; log_expit <= 1 ULP. This library is within 1 ULP, so
the two may differ by SciPy's bound + 1 ULP; expit is compared only where its
result is normal. Negation is exact, so SciPy at -x covers the mirrored
functions too: one_minus_sigmoid(x) = expit(-x), softplus(x) = -log_expit(-x),
softminus(x) = log_expit(x), log_one_minus_sigmoid(x) = log_expit(-x).
"""

import numpy as np
import pytest
import scipy.special

from package_support import bits, function, read_vectors



def normal_result(ours):
    return np.abs(ours) >= np.finfo(ours.dtype).tiny


# our function -> (the same function through SciPy, allowed difference in ULP
# of our result, which of our results SciPy is accurate at; None: all)
CASES = {
    "sigmoid": (scipy.special.expit, 3, normal_result),
    "one_minus_sigmoid": (lambda x: scipy.special.expit(-x), 3, normal_result),
    "logit": (scipy.special.logit, 2, None),
    "log_sigmoid": (scipy.special.log_expit, 2, None),
    "softminus": (scipy.special.log_expit, 2, None),
    "log_one_minus_sigmoid": (lambda x: scipy.special.log_expit(-x), 2, None),
    "softplus": (lambda x: -scipy.special.log_expit(-x), 2, None),
}


def random_inputs(dtype, count=20000, seed=5):
    """Log-uniform magnitudes from 2^-30 to 2^10 of both signs, and uniform
    probabilities: the ranges where the functions vary."""
    generator = np.random.default_rng(seed)
    magnitudes = np.exp2(generator.uniform(-30, 10, count)) * generator.choice([-1, 1], count)
    return np.concatenate([magnitudes, generator.uniform(0, 1, count)]).astype(dtype)


@pytest.mark.parametrize("suffix", ("f64", "f32"))
@pytest.mark.parametrize("name", CASES)
def test_agrees_with_scipy_where_scipy_is_accurate(name, suffix):
    through_scipy, allowed_ulps, scipy_accurate = CASES[name]
    vector_inputs, _ = read_vectors(name, suffix)
    x = np.concatenate([vector_inputs, random_inputs(vector_inputs.dtype)])
    ours = function(name)(x)
    with np.errstate(all="ignore"):
        theirs = through_scipy(x)
    assert theirs.dtype == ours.dtype
    considered = np.ones(x.shape, bool) if scipy_accurate is None else scipy_accurate(ours)
    ours, theirs, x = ours[considered], theirs[considered], x[considered]
    with np.errstate(all="ignore"):
        distance = np.abs(ours.astype(np.float64) - theirs) / np.spacing(np.abs(ours)).astype(np.float64)
    exact_kind = np.isinf(ours) | (ours == 0)
    agree = np.where(
        np.isnan(ours), np.isnan(theirs), np.where(exact_kind, bits(ours) == bits(theirs), distance <= allowed_ulps)
    )
    wrong = np.flatnonzero(~agree)[:5]
    assert agree.all(), [(x[i], ours[i], theirs[i]) for i in wrong]

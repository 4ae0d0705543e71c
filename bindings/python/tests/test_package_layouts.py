"""Shapes and memory layouts: any shape (0-d, empty, n-d) and any layout
(strided, negative strides, Fortran order, zero strides, unaligned, byte
swapped, read-only) gives an array of the input's shape whose every element is
bitwise the function of that element computed alone."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from package_support import FUNCTION_NAMES, bits, domain_sample, function

FLOATS = (np.float64, np.float32)


def elementwise(name, x):
    """The function applied one element at a time, through the scalar path."""
    scalar = function(name)
    return np.array([scalar(value) for value in x.ravel()], dtype=x.dtype).reshape(x.shape)


def unaligned(values):
    """A copy of a 1-d array whose data starts one byte past an aligned address."""
    raw = np.zeros(values.nbytes + 1, dtype=np.uint8)
    view = raw[1:].view(values.dtype)
    view[...] = values
    return view


def read_only(values):
    values = values.copy()
    values.flags.writeable = False
    return values


LAYOUTS = {
    "0-d": lambda name, dtype: domain_sample(name, dtype, ()),
    "empty": lambda name, dtype: domain_sample(name, dtype, (0,)),
    "empty 2-d": lambda name, dtype: domain_sample(name, dtype, (3, 0)),
    "1-d": lambda name, dtype: domain_sample(name, dtype, (17,)),
    "3-d": lambda name, dtype: domain_sample(name, dtype, (2, 3, 4)),
    "every other": lambda name, dtype: domain_sample(name, dtype, (40,))[::2],
    "reversed": lambda name, dtype: domain_sample(name, dtype, (40,))[::-1],
    "reversed strided 2-d": lambda name, dtype: domain_sample(name, dtype, (6, 8))[::-2, 1::3],
    "Fortran order": lambda name, dtype: np.asfortranarray(domain_sample(name, dtype, (5, 7))),
    "transposed": lambda name, dtype: domain_sample(name, dtype, (5, 7)).T,
    "zero strides": lambda name, dtype: np.broadcast_to(domain_sample(name, dtype, (1, 7)), (4, 7)),
    "unaligned": lambda name, dtype: unaligned(domain_sample(name, dtype, (9,))),
    "byte swapped": lambda name, dtype: domain_sample(name, dtype, (9,)).astype(np.dtype(dtype).newbyteorder()),
    "read-only": lambda name, dtype: read_only(domain_sample(name, dtype, (9,))),
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_layout_gives_the_shape_and_the_elementwise_values(name, dtype, layout):
    x = LAYOUTS[layout](name, dtype)
    before = x.copy()
    result = function(name)(x)
    assert type(result) is np.ndarray
    assert result.shape == x.shape
    assert result.dtype == np.dtype(dtype)
    assert result.dtype.isnative
    native = x.astype(np.dtype(dtype))
    assert (bits(result) == bits(elementwise(name, native))).all()
    assert (bits(x.astype(np.dtype(dtype))) == bits(before.astype(np.dtype(dtype)))).all(), "input changed"


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_sequences_give_arrays_of_their_shape(name):
    assert function(name)([]).shape == (0,)
    nested = [[0.5, 1.0, 2.0], [-1.0, 0.25, 3.0]]
    result = function(name)(nested)
    assert type(result) is np.ndarray and result.shape == (2, 3) and result.dtype == np.float64
    assert (bits(result) == bits(elementwise(name, np.array(nested)))).all()
    assert function(name)((0.5, 0.25)).shape == (2,)


def strided_views(dtype):
    """Arrays of random shape, then a random basic slice of them (negative,
    zero-length and strided steps included)."""
    return hnp.arrays(
        dtype,
        hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=6),
        elements=st.floats(-800, 800, width=np.dtype(dtype).itemsize * 8),
    ).flatmap(lambda array: hnp.basic_indices(array.shape).map(lambda index: array[index]))


@given(st.sampled_from(FUNCTION_NAMES), st.sampled_from(FLOATS).flatmap(strided_views))
def test_any_strided_view_gives_the_values_of_its_contiguous_copy(name, view):
    result = function(name)(view)
    assert result.shape == view.shape
    contiguous = function(name)(np.ascontiguousarray(view))
    assert (bits(result) == bits(np.asarray(contiguous))).all()

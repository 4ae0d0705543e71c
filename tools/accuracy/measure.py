"""Error statistics of one function in one format, computed in parallel chunks.

A chunk is (name, suffix, input bits, result bits); each worker computes the MPFR
enclosure of every exact value and the error in ULP of the correctly rounded value
(tools/reference/ulp_error.py), and chunks merge into one Stats per function and format.
"""

from dataclasses import dataclass, field

from ..reference import FORMATS
from ..reference.correct_rounding import exact_enclosure
from ..reference.ulp_error import ulp_error_against

FAILURES_KEPT = 5


@dataclass
class Stats:
    name: str
    suffix: str
    inputs: int = 0
    correctly_rounded: int = 0
    over_one_ulp: int = 0
    max_error: float = 0.0
    worst: tuple = None            # (input bits, got bits, want bits)
    failures: list = field(default_factory=list)   # first (input, got, want, error) over 1 ULP

    @property
    def percent_correctly_rounded(self):
        return 100.0 * self.correctly_rounded / self.inputs if self.inputs else 0.0

    def merge(self, other):
        self.inputs += other.inputs
        self.correctly_rounded += other.correctly_rounded
        self.over_one_ulp += other.over_one_ulp
        if other.worst is not None and (self.worst is None or other.max_error > self.max_error):
            self.max_error, self.worst = other.max_error, other.worst
        self.failures = (self.failures + other.failures)[:FAILURES_KEPT]
        return self


def measure_chunk(chunk):
    name, suffix, input_bits, result_bits = chunk
    fmt = FORMATS[suffix]
    stats = Stats(name, suffix)
    for x, got in zip(input_bits, result_bits):
        lo, hi, want = exact_enclosure(name, fmt, x)
        error = ulp_error_against(fmt, lo, hi, want, got)
        stats.inputs += 1
        same_nan = fmt.is_nan_bits(want) and fmt.is_nan_bits(got)
        if got == want or same_nan:
            stats.correctly_rounded += 1
        if error > 1.0:
            stats.over_one_ulp += 1
            if len(stats.failures) < FAILURES_KEPT:
                stats.failures.append((x, got, want, error))
        if stats.worst is None or error > stats.max_error:
            stats.max_error, stats.worst = error, (x, got, want)
    return stats


def chunks_of(name, suffix, input_bits, result_bits, size):
    """Split numpy arrays into picklable chunks of Python ints."""
    xs, gots = input_bits.tolist(), result_bits.tolist()
    for start in range(0, len(xs), size):
        yield name, suffix, xs[start:start + size], gots[start:start + size]

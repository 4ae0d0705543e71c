"""The accuracy promise per format, written into the Swift doc comments and the C header.

The bound is the project's contract (CONTRACT.md, "Test vectors"), the one every test enforces against the
MPFR vectors; the measured figures live with the tool that measures them (docs/ACCURACY.md).
"""

_PROMISE = {
    64: "within 1 ULP of the correctly rounded result",
    32: "correctly rounded",
}


def statement(fmt):
    return f"Accuracy ({fmt.c_type}): {_PROMISE[fmt.bits]}; measured figures in docs/ACCURACY.md."


def summary(formats):
    """One sentence for all formats, e.g. for a C function family."""
    return ("Accuracy: " + "; ".join(f"{fmt.c_type}: {_PROMISE[fmt.bits]}" for fmt in formats)
            + "; measured figures in docs/ACCURACY.md.")

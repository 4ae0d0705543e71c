"""Accuracy tool: measures the built library against the MPFR reference (tools/reference).

    python3 -m tools.accuracy [--library build/libsoftplus.so] [--n 100000] [--write docs/ACCURACY.md]

See __main__.py for the options and the exit status.
"""

"""Time the training entry points of a built libsoftplus on 2^20-element arrays, next to the
family's sigmoid and softplus: the best of 5 runs of process CPU time (the machine is shared), in
ns per element. Inputs: normal(0, 20) logits, |logits| for log1mexp and softplusinv_beta, uniform(0,
1) probabilities and targets, normal(0, 1) gradients; beta = 2, threshold = 20, c = 1. A quick figure
for docs/TRAINING.md, not the side-by-side benchmark (benchmarks/).

    python3 tools/training/speed.py [--library build/libsoftplus.so]
"""

import argparse
import ctypes
import time

import numpy as np

COUNT = 1 << 20
REPEATS = 5


def best_time(function, arguments):
    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        status = function(*arguments)
        best = min(best, time.process_time() - start)
        if status != 0:
            raise RuntimeError(f"status {status}")
    return best / COUNT * 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", default="build/libsoftplus.so")
    library = ctypes.CDLL(parser.parse_args().library)
    rng = np.random.default_rng(0)
    print("| entry point | f64 ns/element | f32 ns/element |")
    print("|---|---|---|")
    for name, kind in [("sigmoid", "unary"), ("softplus", "unary"), ("sigmoid_deriv", "unary"),
                       ("softplus_deriv", "unary"), ("logit_deriv", "probability"), ("softplusinv_deriv", "positive"),
                       ("log1mexp", "positive"),
                       ("sigmoid_backward", "backward"), ("softplus_backward", "backward"),
                       ("bce_with_logits", "loss"), ("bce_with_logits_mean", "loss"),
                       ("bce_with_logits_mean_backward", "loss_backward"), ("softplus_beta", "beta"),
                       ("softplusinv_beta", "positive_beta"), ("softplus_through", "through")]:
        figures = []
        for suffix, dtype, c_type in (("f64", np.float64, ctypes.c_double), ("f32", np.float32, ctypes.c_float)):
            pointer = ctypes.POINTER(c_type)
            x = (rng.standard_normal(COUNT) * 20).astype(dtype)
            if kind == "probability":
                x = rng.uniform(size=COUNT).astype(dtype)
            if kind in ("positive", "positive_beta"):
                x = np.abs(x)
            other = rng.standard_normal(COUNT).astype(dtype)
            target = rng.uniform(size=COUNT).astype(dtype)
            out = np.empty(COUNT, dtype)
            p = [a.ctypes.data_as(pointer) for a in (x, other, target, out)]
            n = ctypes.c_size_t(COUNT)
            if kind in ("unary", "probability", "positive"):
                symbol, arguments = f"sp_{name}_{suffix}_array", (p[0], p[3], n)
            elif kind == "backward":
                symbol, arguments = f"sp_{name}_{suffix}_array", (p[0], p[1], p[3], n)
            elif kind == "loss":
                symbol, arguments = f"sp_{name}_{suffix}", (p[0], p[2], None, None, n, p[3])
            elif kind == "loss_backward":
                symbol, arguments = f"sp_{name}_{suffix}", (p[0], p[2], None, None, c_type(1), n, p[3])
            elif kind == "through":
                symbol, arguments = f"sp_{name}_{suffix}_array", (p[0], p[3], n, c_type(1))
            else:
                symbol, arguments = f"sp_{name}_{suffix}_array", (p[0], p[3], n, c_type(2), c_type(20))
            function = getattr(library, symbol)
            function.restype = ctypes.c_int
            figures.append(f"{best_time(function, arguments):.1f}")
        print(f"| {name} | {figures[0]} | {figures[1]} |", flush=True)


if __name__ == "__main__":
    main()

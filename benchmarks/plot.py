"""docs/BENCHMARK.png: the library against the fastest correct peer at one n, both formats.

One horizontal bar pair per function and format (ns per element, log axis), with the copy
floor as a dashed line: how far the library is from its peers and from moving the data.
Called by report.py with its Peers object; draws only figures of that run.
"""

import matplotlib

matplotlib.use("Agg")   # files only, no display
import matplotlib.pyplot as plt  # noqa: E402  (after the backend choice)


def plot(peers, n, path):
    rows = [(f, fmt) for f in peers.functions for fmt in ("f64", "f32")]
    library = [peers.medians[(f, fmt, n)].get("libsoftplus") for f, fmt in rows]
    fastest = [peers.fastest_correct(f, fmt, n) for f, fmt in rows]
    figure, axes = plt.subplots(figsize=(9, 0.32 * len(rows) + 1.6))
    positions = range(len(rows))
    axes.barh([p + 0.2 for p in positions], [t or 0 for t in library], height=0.4,
              color="tab:blue", label="libsoftplus")
    axes.barh([p - 0.2 for p in positions], [t or 0 for t, _ in fastest], height=0.4,
              color="tab:orange", label="fastest correct peer (named)")
    for p, (t, name) in zip(positions, fastest):
        if t:
            axes.text(t * 1.05, p - 0.2, name, va="center", fontsize=7)
    for fmt, style in (("f64", "--"), ("f32", ":")):
        copy = peers.medians[("floor", fmt, n)].get("C memcpy")
        if copy:
            axes.axvline(copy, color="grey", linestyle=style, linewidth=1, label=f"memcpy floor {fmt}")
    axes.set_yticks(list(positions), [f"{f} {fmt}" for f, fmt in rows], fontsize=8)
    axes.invert_yaxis()
    axes.set_xscale("log")
    axes.set_xlabel(f"ns per element (CPU time, one core), n = 2^{n.bit_length() - 1}")
    axes.legend(fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, frameon=False)
    axes.grid(axis="x", which="both", alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)

"""Time the split and W.T @ e, three versions, at three layer widths."""

# output varies: timings and the machine, so tests compare line labels only

import os
import platform
import time
from multiprocessing import cpu_count
from pathlib import Path

# numpy's matrix products run on one thread, as the Python loops do: a fair
# race, and one a busy machine cannot stall by keeping a second thread
# waiting. The setting only counts before numpy is imported.
for setting in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ[setting] = "1"

import numpy as np  # noqa: E402  (after the thread setting, which it reads)


def split_loops(W, e_output):
    """Per link, in plain Python: share e_k in proportion to w_jk."""
    e_split = [0.0] * len(W[0])
    for k, row in enumerate(W):
        s_k = sum(row)
        for j, w_jk in enumerate(row):
            e_split[j] += e_output[k] * w_jk / s_k
    return e_split


def transposed(W, e_output):
    return W.T @ e_output


def split_numpy(W, e_output):
    return W.T @ (e_output / W.sum(axis=1))


def timed(versions, budget=0.05, rounds=15):
    """Each version's result and best time per call, in about `budget`
    seconds each. The versions take turns, batch by batch, so a busy
    moment slows them all alike."""
    results, calls, best, spent = [], [], [], []
    for f, args in versions:
        start = time.perf_counter()
        results.append(f(*args))
        once = time.perf_counter() - start
        best.append(once)
        spent.append(once)
        # Too slow to repeat within the budget: the one run is the time.
        calls.append(
            max(1, int(budget / rounds / once)) if once < budget else 0
        )
    for _ in range(rounds):
        for i, (f, args) in enumerate(versions):
            if calls[i] and spent[i] < budget:
                start = time.perf_counter()
                for _ in range(calls[i]):
                    f(*args)
                batch = time.perf_counter() - start
                spent[i] += batch
                best[i] = min(best[i], batch / calls[i])
    return results, best


def cpu_model():
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def duration(seconds):
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds * 1e9:.3g} ns"


blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
machine = {
    "cpu": cpu_model(),
    "cpu_count": cpu_count(),
    "numpy": np.__version__,
    "blas": f"{blas['name']} {blas.get('version', '')}".rstrip(),
}
for key, value in machine.items():
    print(f"{key} = {value}")

rng = np.random.default_rng(0)
widths = [10, 100, 1000]
times = np.zeros((len(widths), 3))  # seconds per call, one column a version
agree = True
for i, n in enumerate(widths):
    # Each row of W sums to 1 (every s_k = 1), so all three give one answer.
    W = rng.uniform(0.1, 1.0, size=(n, n))
    W /= W.sum(axis=1, keepdims=True)
    e_output = rng.uniform(-0.5, 0.5, size=n)
    answers, times[i] = timed(
        [
            (split_loops, (W.tolist(), e_output.tolist())),
            (transposed, (W, e_output)),
            (split_numpy, (W, e_output)),
        ]
    )
    agree &= all(np.allclose(answers[0], a) for a in answers[1:])
speed_up = times[:, 0] / times[:, 1]

print("allclose =", agree)
print("    n  split_loops   W.T @ e  split_numpy  split_loops / W.T @ e")
for n, (t_loops, t_T, t_numpy), x in zip(widths, times, speed_up, strict=True):
    print(f"{n:5d}  {duration(t_loops):>11}  {duration(t_T):>8}", end="")
    print(f"  {duration(t_numpy):>11}  {x:.0f}×")

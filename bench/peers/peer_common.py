"""Shared helpers of the peer baselines: reading the harness's flat float64 columns, timing medians, peak memory."""
import os
import resource
import statistics
import sys
import time

import numpy as np


def load(folder, name):
    """A little-endian float64 column written by `leefbaar bench peers` (Debian has no Parquet reader for Python)."""
    return np.fromfile(os.path.join(folder, name + ".f64"), dtype="<f8")


def buurten(folder):
    """(id, WKB hex) of every buurt polygon, RD New."""
    with open(os.path.join(folder, "buurten.tsv")) as f:
        return [(int(i), h.strip()) for i, h in (line.split("\t") for line in f)]


def median_time(fn, repeat):
    """Runs fn repeat times; returns (median seconds, last result)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def peak_mb():
    """Peak resident memory of this process in MB (Linux ru_maxrss is in KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def row(kernel, tool, seconds, mb=None):
    """One CSV row for the harness: kernel,tool,median_s,peak_mb."""
    print(f"{kernel},{tool},{seconds:.4f},{(mb if mb is not None else peak_mb()):.0f}", flush=True)


def check(kernel, tool, value):
    """A result checksum on stderr, compared by the harness with Leefbaar's."""
    print(f"check {kernel} {tool} {value}", file=sys.stderr, flush=True)


def cell_centres(x, y):
    """Populated 100 m cells (floor division, as the harness defines them) and their centres."""
    keys = np.unique(np.floor(x / 100.0).astype(np.int64) * 10_000 + np.floor(y / 100.0).astype(np.int64))
    return (keys // 10_000) * 100.0 + 50.0, (keys % 10_000) * 100.0 + 50.0

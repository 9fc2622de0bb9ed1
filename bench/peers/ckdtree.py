"""SciPy cKDTree baseline (the expert-Python ceiling): numpy binning, KD-tree nearest and ball counts on all cores."""
import sys

import numpy as np
import scipy
from scipy.spatial import cKDTree

from peer_common import cell_centres, check, load, median_time, row

folder, repeat = sys.argv[1], int(sys.argv[2])
tool = f"ckdtree (scipy {scipy.__version__})"
x, y = load(folder, "dwellings_x"), load(folder, "dwellings_y")
ax, ay = load(folder, "care_x"), load(folder, "care_y")


def binning():
    keys = np.floor(x / 100.0).astype(np.int64) * 10_000 + np.floor(y / 100.0).astype(np.int64)
    cells, counts = np.unique(keys, return_counts=True)
    return cells, counts


t, (cells, counts) = median_time(binning, repeat)
row("bin", tool, t)
check("bin", tool, len(cells))
cx, cy = (cells // 10_000) * 100.0 + 50.0, (cells % 10_000) * 100.0 + 50.0
centres = np.column_stack([cx, cy])
amen = np.column_stack([ax, ay])

# The tree build is part of each kernel, as it is for Leefbaar.
t, d = median_time(lambda: cKDTree(amen).query(centres, k=1, workers=-1)[0], repeat)
row("nearest", tool, t)
check("nearest", tool, f"{d.sum():.1f}")
t, n = median_time(lambda: cKDTree(amen).query_ball_point(centres, r=1000.0, workers=-1, return_length=True), repeat)
row("within1km", tool, t)
check("within1km", tool, int(n.sum()))

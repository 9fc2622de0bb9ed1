"""SciPy cKDTree doing exactly the grid run's amenity indicators: per type, nearest distance and counts within 300 m,
1 km and 3 km from every populated 100 m cell centre (trees prebuilt, as in the grid run's indicator stage).

Run by `bench/run peers --data SYNTHDIR` with the ckdtree peer (the harness writes SYNTHDIR/peer-input/amenity_<type>_x/y.f64),
or by hand:  /usr/bin/python3 bench/peers/ckdtree_indicators.py SYNTHDIR/peer-input 3
"""
import sys

import numpy as np
import scipy
from scipy.spatial import cKDTree

from peer_common import cell_centres, check, load, median_time, row

TYPES = ["school", "gp", "supermarket", "shop", "catering", "culture", "care", "station"]
RADII = [300.0, 1000.0, 3000.0]

folder, repeat = sys.argv[1], int(sys.argv[2])
tool = f"ckdtree (scipy {scipy.__version__})"
cx, cy = cell_centres(load(folder, "dwellings_x"), load(folder, "dwellings_y"))
centres = np.column_stack([cx, cy])
trees = [cKDTree(np.column_stack([load(folder, f"amenity_{t}_x"), load(folder, f"amenity_{t}_y")])) for t in TYPES]


def indicators():
    out = []
    for tree in trees:
        out.append(tree.query(centres, k=1, workers=-1)[0])
        for r in RADII:
            out.append(tree.query_ball_point(centres, r=r, workers=-1, return_length=True))
    return out


t, cols = median_time(indicators, repeat)
row("indicators", tool, t)
for i, name in enumerate(TYPES):
    near, counts = cols[4 * i], cols[4 * i + 1: 4 * i + 4]
    # One check per type and measure, as the harness prints for Leefbaar (kernel "indicators.TYPE.MEASURE").
    check(f"indicators.{name}.nearest", tool, f"{near.astype(np.float32).astype(np.float64).sum():.1f}")
    for r, c in zip(RADII, counts):
        check(f"indicators.{name}.r{int(r)}", tool, str(int(c.sum())))

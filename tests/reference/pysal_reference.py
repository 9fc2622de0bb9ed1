#!/usr/bin/env python3
"""Reference numbers for Leefbaar's spatial statistics, computed with PySAL's libpysal and numpy.

Case: the 2024 gemeenten of the Leefbaarometer 3.0 GeoJSON (lbm3-2024/gemeenten.geojson in the shared data folder)
that carry an official afw (raw.afw). Queen and rook contiguity come from libpysal (shared vertices / shared edges),
row-standardised (transform "R"). Debian packages libpysal but not esda, so Moran's I, E[I], the variances and
z-scores under normality and randomisation, local Moran Ii (esda.Moran_Local's formula) and Getis-Ord Gi*
are computed here with numpy by the textbook formulas (Cliff and Ord 1981; Anselin 1995; Ord and Getis 1995).
Gini and Theil are unweighted, on lbm = 4.0456 + afw (the constant published with the 2024 release), because
both need positive values.

Usage: python3 tests/reference/pysal_reference.py [shared-data-folder] > tests/reference/pysal_reference.json
(default folder: ../shared/data beside the repository).
"""
import json
import os
import sys
import warnings

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402
import libpysal  # noqa: E402
from libpysal.cg import asShape  # noqa: E402
from libpysal.weights import Queen, Rook  # noqa: E402

LBM_CONSTANT_2024 = 4.0456


def moran(w, y):
    """Global Moran's I with E[I], normality and randomisation variances and z (esda.Moran's formulas)."""
    n = w.n
    z = y - y.mean()
    lag = libpysal.weights.lag_spatial(w, z)
    z2ss = (z * z).sum()
    i = n / w.s0 * (z * lag).sum() / z2ss
    ei = -1.0 / (n - 1)
    s0, s1, s2 = w.s0, w.s1, w.s2
    s02 = s0 * s0
    v_norm = (n * n * s1 - n * s2 + 3 * s02) / ((n - 1) * (n + 1) * s02) - ei * ei
    k = ((z ** 4).sum() / n) / ((z2ss / n) ** 2)
    a = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02)
    b = k * ((n * n - n) * s1 - 2 * n * s2 + 6 * s02)
    v_rand = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - ei * ei
    return {
        "n": int(n), "s0": float(s0), "s1": float(s1), "s2": float(s2),
        "I": float(i), "EI": float(ei),
        "VI_norm": float(v_norm), "z_norm": float((i - ei) / np.sqrt(v_norm)),
        "VI_rand": float(v_rand), "z_rand": float((i - ei) / np.sqrt(v_rand)),
    }


def local_moran(w, y):
    """esda.Moran_Local's Ii: z standardised with the population sd, Ii = (n-1) z_i (Wz)_i / sum z^2."""
    z = (y - y.mean()) / y.std()
    lag = libpysal.weights.lag_spatial(w, z)
    return (w.n - 1) * z * lag / (z * z).sum()


def gi_star(wb, y):
    """Getis-Ord Gi* z with binary weights and the area itself included."""
    n = len(y)
    mean = y.mean()
    s = np.sqrt((y * y).sum() / n - mean * mean)
    out = []
    for i, code in enumerate(wb.id_order):
        members = [wb.id_order.index(j) for j in wb.neighbors[code]] + [i]
        wi = float(len(members))
        total = y[members].sum()
        out.append((total - mean * wi) / (s * np.sqrt((n * wi - wi * wi) / (n - 1))))
    return np.array(out)


def gini(x):
    """Unweighted Gini: mean absolute difference over twice the mean."""
    x = np.sort(x)
    n = len(x)
    return float(np.abs(x[:, None] - x[None, :]).sum() / (2 * n * n * x.mean()))


def theil(x):
    """Unweighted Theil T."""
    r = x / x.mean()
    return float((r * np.log(r)).mean())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")
    path = os.path.join(data, "lbm3-2024", "gemeenten.geojson")
    with open(path, encoding="utf-8") as f:
        features = json.load(f)["features"]
    features = [f for f in features if (f["properties"].get("raw") or {}).get("afw") is not None]
    ids = [f["properties"]["code"] for f in features]
    shapes = [asShape(f["geometry"]) for f in features]
    y = np.array([f["properties"]["raw"]["afw"] for f in features], dtype=float)

    queen = Queen.from_iterable(shapes, ids=ids, silence_warnings=True)
    rook = Rook.from_iterable(shapes, ids=ids, silence_warnings=True)
    binary_queen = Queen.from_iterable(shapes, ids=ids, silence_warnings=True)
    queen.transform = "R"
    rook.transform = "R"
    lbm = LBM_CONSTANT_2024 + y

    result = {
        "source": "lbm3-2024/gemeenten.geojson, features with raw.afw",
        "libpysal": libpysal.__version__,
        "numpy": np.__version__,
        "n": len(ids),
        "queen": {"islands": sorted(queen.islands), "mean_neighbours": float(queen.mean_neighbors),
                  "links": int(sum(queen.cardinalities.values())), **moran(queen, y)},
        "rook": {"islands": sorted(rook.islands), "mean_neighbours": float(rook.mean_neighbors),
                 "links": int(sum(rook.cardinalities.values())), **moran(rook, y)},
        "local_moran_queen": dict(zip(ids, map(float, local_moran(queen, y)))),
        "gi_star_queen": dict(zip(ids, map(float, gi_star(binary_queen, y)))),
        "lbm_constant": LBM_CONSTANT_2024,
        "gini_lbm": gini(lbm),
        "theil_lbm": theil(lbm),
    }
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

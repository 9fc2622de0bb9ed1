"""GeoPandas baseline: sjoin with the spatial index (R-tree over the points, queried by each polygon / buffer).
Debian ships geopandas 0.12 with shapely 1.8 (no sjoin_nearest vectorisation of shapely 2); versions are in the tool name."""
import sys

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import wkb

from peer_common import buurten, check, load, median_time, row

folder, repeat = sys.argv[1], int(sys.argv[2])
kernels = sys.argv[3].split(",") if len(sys.argv) > 3 else ["bin", "nearest", "within1km", "pip"]
tool = f"geopandas {gpd.__version__} / shapely {shapely.__version__}"
x, y = load(folder, "dwellings_x"), load(folder, "dwellings_y")
ax, ay = load(folder, "care_x"), load(folder, "care_y")
keys = np.unique(np.floor(x / 100.0).astype(np.int64) * 10_000 + np.floor(y / 100.0).astype(np.int64))
cx, cy = (keys // 10_000) * 100.0 + 50.0, (keys % 10_000) * 100.0 + 50.0

cells = gpd.GeoDataFrame({"cell": np.arange(len(cx))}, geometry=gpd.points_from_xy(cx, cy), crs=28992)
care = gpd.GeoDataFrame({"a": np.arange(len(ax))}, geometry=gpd.points_from_xy(ax, ay), crs=28992)

if "bin" in kernels:
    # Binning is plain pandas arithmetic (GeoPandas adds nothing to it).
    def binning():
        df = pd.DataFrame({"cx": np.floor(x / 100.0).astype(np.int64), "cy": np.floor(y / 100.0).astype(np.int64)})
        return df.groupby(["cx", "cy"]).size()
    t, res = median_time(binning, repeat)
    row("bin", tool, t)
    check("bin", tool, len(res))

if "nearest" in kernels:
    # No sjoin_nearest in 0.12 and, with shapely 1.8, the spatial index is rtree: its nearest query (box distance,
    # exact for points) per cell is the available route.
    def nearest():
        idx = care.sindex
        pos = np.fromiter((next(idx.nearest((px, py, px, py), 1)) for px, py in zip(cx, cy)), dtype=np.int64, count=len(cx))
        return np.hypot(ax[pos] - cx, ay[pos] - cy)
    t, d = median_time(nearest, repeat)
    row("nearest", tool, t)
    check("nearest", tool, f"{d.sum():.1f}")

if "within1km" in kernels:
    def within():
        circles = gpd.GeoDataFrame({"cell": cells["cell"]}, geometry=cells.buffer(1000.0 / np.cos(np.pi / 64), resolution=16), crs=28992)
        joined = gpd.sjoin(care, circles, predicate="within")
        # The buffer is a 64-gon circumscribing the circle; keep exact distances only.
        dx = joined.geometry.x.values - cx[joined["cell"].values]
        dy = joined.geometry.y.values - cy[joined["cell"].values]
        return joined[dx * dx + dy * dy <= 1e6].groupby("cell").size()
    t, n = median_time(within, repeat)
    row("within1km", tool, t)
    check("within1km", tool, int(n.sum()))

if "pip" in kernels:
    polys = gpd.GeoDataFrame({"id": [i for i, _ in buurten(folder)]}, geometry=[wkb.loads(h, hex=True) for _, h in buurten(folder)], crs=28992)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(x, y), crs=28992)

    def pip():
        # sjoin builds the R-tree on the right frame: the points, queried by each polygon.
        return gpd.sjoin(polys, points, predicate="contains", how="inner")
    t, j = median_time(pip, repeat)
    row("pip", tool, t)
    check("pip", tool, j["index_right"].nunique())

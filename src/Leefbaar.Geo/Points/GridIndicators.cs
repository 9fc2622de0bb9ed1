namespace Leefbaar.Geo.Points;

/// <summary>
/// The per-cell indicators of the grid, each a parallel loop over populated cells querying KD-trees from the cell
/// centre: dwellings and inhabitants; per amenity type the distance to the nearest and the counts within the
/// radii; registered events per 1,000 inhabitants within a radius (events and inhabitants both counted within
/// that radius of the centre, inhabitants from the populated cells). No allocation per cell.
/// </summary>
public static class GridIndicators
{
    /// <summary>Radii of the amenity counts in metres (300 m, 1 km, 3 km).</summary>
    public static readonly double[] CountRadii = [300, 1000, 3000];

    /// <summary>Radius of the events-per-1,000 indicator in metres.</summary>
    public const double EventRadius = 1000;

    /// <summary>Computes every indicator for every populated cell.</summary>
    public static IndicatorTable Compute(CellGrid grid, IReadOnlyList<(string Name, PointKdTree Tree)> amenities, PointKdTree events,
        IProgress<string>? progress = null)
    {
        var table = new IndicatorTable();
        table.Add("dwellings", grid.Counts.Select(c => (float)c).ToArray());
        table.Add("inhabitants", grid.Weights.Select(w => (float)w).ToArray());
        progress?.Report("amenities");
        var all = AmenityIndicators(grid, amenities.Select(a => a.Tree).ToList(), CountRadii);
        for (var t = 0; t < amenities.Count; t++)
        {
            var name = amenities[t].Name;
            table.Add($"dist_{name}", all[t].Nearest);
            for (var r = 0; r < CountRadii.Length; r++) table.Add($"n{CountRadii[r]:0}_{name}", all[t].Counts[r]);
        }
        progress?.Report("events");
        table.Add("events_per_1000", EventsPer1000(grid, events, EventRadius));
        return table;
    }

    /// <summary>
    /// The amenity indicators of every type at once: per tree the nearest distance (block-wise) and the counts within
    /// every radius (all radii in one scatter pass over its points); the types run concurrently.
    /// </summary>
    public static (float[] Nearest, float[][] Counts)[] AmenityIndicators(CellGrid grid, IReadOnlyList<PointKdTree> trees, IReadOnlyList<double> radii)
    {
        var result = new (float[] Nearest, float[][] Counts)[trees.Count];
        _ = grid.Order; _ = grid.Rank; // shared lazily built indexes, once before the concurrent kernels
        Parallel.For(0, trees.Count, t => result[t] = (NearestDistances(grid, trees[t]), CountsWithin(grid, trees[t], radii)));
        return result;
    }

    /// <summary>Distance from each cell centre to the nearest point of the tree (+∞ when the tree is empty); block-wise, see <see cref="TileNearest"/>.</summary>
    public static float[] NearestDistances(CellGrid grid, PointKdTree tree) => TileNearest.Distances(grid, tree);

    /// <summary>Per radius, the number of tree points within that distance of each cell centre; scattered, see <see cref="LatticeCounts"/>.</summary>
    public static float[][] CountsWithin(CellGrid grid, PointKdTree tree, IReadOnlyList<double> radii) =>
        LatticeCounts.Count(grid, tree.TreeX, tree.TreeY, radii);

    /// <summary>Events within <paramref name="radius"/> per 1,000 inhabitants within that radius (NaN without inhabitants).</summary>
    public static float[] EventsPer1000(CellGrid grid, PointKdTree events, double radius)
    {
        var cx = new double[grid.CellCount]; var cy = new double[grid.CellCount];
        for (var c = 0; c < grid.CellCount; c++) { cx[c] = grid.CentreX(c); cy[c] = grid.CentreY(c); }
        var result = new float[grid.CellCount];
        var counts = LatticeCounts.Count(grid, events.TreeX, events.TreeY, [radius])[0];
        // Scattered sums when they are provably order-independent (bit-identical), else the weighted KD-tree.
        var scattered = LatticeCounts.CellWeightsWithin(grid, radius);
        var people = scattered is null ? new PointKdTree(cx, cy, grid.Weights) : null;
        ForCells(grid.CellCount, (lo, hi) =>
        {
            for (var c = lo; c < hi; c++)
            {
                var inhabitants = scattered?[c] ?? people!.SumWithin(cx[c], cy[c], radius);
                result[c] = inhabitants > 0 ? (float)(1000.0 * counts[c] / inhabitants) : float.NaN;
            }
        });
        return result;
    }

    /// <summary>Runs a body over cell ranges of 2,048 on all cores.</summary>
    public static void ForCells(int count, Action<int, int> body)
    {
        const int chunk = 2048;
        Parallel.For(0, (count + chunk - 1) / chunk, k => body(k * chunk, Math.Min(count, (k + 1) * chunk)));
    }
}

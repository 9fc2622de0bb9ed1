using Leefbaar.Core.Scores;
using Leefbaar.Geo.Points;

namespace Leefbaar.Geo.Scoring;

/// <summary>Scores and classifies every cell of an indicator table with a <see cref="GridRelease"/>: per cell a dot product of transformed indicators and weights, parallel over cells.</summary>
public static class GridScorer
{
    /// <summary>Scores all cells; weights = the table's inhabitants column when present.</summary>
    public static GridScores Score(GridRelease release, IndicatorTable table, int cellCount)
    {
        var columns = release.Terms.Select(t => table[t.Indicator]).ToArray();
        var dim = release.Terms.Select(t => t.Dimension).ToArray();
        var log = release.Terms.Select(t => t.Log1p).ToArray();
        var factor = release.Terms.Select(t => t.Weight / t.Scale).ToArray();
        var offset = release.Terms.Select(t => Transform(t.Reference, t.Log1p)).ToArray();
        var scores = new GridScores(cellCount);
        var inhabitants = table.Names.Contains("inhabitants") ? table["inhabitants"] : null;
        var bounds = release.ClassBoundaries;
        GridIndicators.ForCells(cellCount, (lo, hi) =>
        {
            Span<double> d = stackalloc double[5];
            for (var c = lo; c < hi; c++)
            {
                d.Clear();
                for (var j = 0; j < columns.Length; j++)
                {
                    var x = columns[j][c];
                    if (float.IsNaN(x) || float.IsInfinity(x)) continue;
                    d[dim[j]] += factor[j] * (Transform(x, log[j]) - offset[j]);
                }
                Store(scores, c, d, inhabitants?[c] ?? 1, bounds);
            }
        });
        return scores;
    }

    /// <summary>Writes dimension values, afw, class and weight of one area.</summary>
    public static void Store(GridScores scores, int i, ReadOnlySpan<double> d, double weight, double[] bounds)
    {
        double afw = 0;
        for (var k = 0; k < 5; k++) { scores.Dims[k][i] = (float)d[k]; afw += d[k]; }
        scores.Afw[i] = (float)afw;
        scores.Class[i] = (byte)ScoreClass.Classify(afw, bounds);
        scores.Weight[i] = weight;
    }

    /// <summary>The release transform.</summary>
    public static double Transform(double x, bool log1p) => log1p ? Math.Log(1 + Math.Max(0, x)) : x;
}

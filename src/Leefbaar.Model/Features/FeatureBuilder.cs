using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using NetTopologySuite.Geometries;

namespace Leefbaar.Model.Features;

/// <summary>
/// Builds the feature table of one level and division from a read-only view of the data: pivots the long observations of an <see cref="IAreaData"/> view (the value of
/// the reference year, else the latest earlier year), attaches centroids from the area's own geometry (falling
/// back to its wijk's), then computes the catalogue's derived indicators.
/// </summary>
public sealed class FeatureBuilder(IAreaData data, IndicatorCatalogue catalogue)
{
    /// <summary>Builds the table for <paramref name="level"/> in <paramref name="division"/>, values as of <paramref name="year"/>.</summary>
    public FeatureTable Build(string level, int division, int year)
    {
        var areas = data.Areas(level, division);
        var codes = areas.Select(a => a.Code).ToArray();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i);
        var n = codes.Length;

        var columns = new Dictionary<string, double[]>();
        var yearOf = new Dictionary<string, int[]>();
        var series = new Dictionary<(string Indicator, int Year), double[]>();
        foreach (var o in data.Observations(level, division))
        {
            if (!index.TryGetValue(o.Code, out var i)) continue;
            if (!series.TryGetValue((o.Indicator, o.Year), out var s)) series[(o.Indicator, o.Year)] = s = Nan(n);
            s[i] = o.Value;
            if (o.Year > year) continue;
            if (!columns.TryGetValue(o.Indicator, out var col))
            {
                columns[o.Indicator] = col = Nan(n);
                yearOf[o.Indicator] = new int[n];
            }
            if (double.IsNaN(col[i]) || o.Year > yearOf[o.Indicator][i])
            {
                col[i] = o.Value;
                yearOf[o.Indicator][i] = o.Year;
            }
        }

        var (x, y, geometries) = Centroids(level, division, areas);
        var table = new FeatureTable
        {
            Codes = codes,
            Names = areas.Select(a => a.Name).ToArray(),
            Gemeente = areas.Select(a => a.Gemeente ?? (level == LevelName.Gemeente ? a.Code : null)).ToArray(),
            Wijk = areas.Select(a => a.Wijk).ToArray(),
            Provincie = areas.Select(a => a.Provincie).ToArray(),
            X = x,
            Y = y,
            Columns = columns,
            Division = division,
            Year = year,
        };
        new DerivedIndicators(data, catalogue).AddAll(table, series, geometries, level);
        return table;
    }

    private (double[] X, double[] Y, Geometry?[] Geometries) Centroids(string level, int division, IReadOnlyList<AreaRow> areas)
    {
        var own = data.Geometries(level, division);
        var wijken = level == LevelName.Buurt ? data.Geometries(LevelName.Wijk, division) : new Dictionary<string, Geometry>() as IReadOnlyDictionary<string, Geometry>;
        var x = Nan(areas.Count);
        var y = Nan(areas.Count);
        var geoms = new Geometry?[areas.Count];
        for (var i = 0; i < areas.Count; i++)
        {
            Geometry? g = own.GetValueOrDefault(areas[i].Code);
            geoms[i] = g;
            g ??= areas[i].Wijk is { } wk ? wijken.GetValueOrDefault(wk) : null;
            if (g is null || g.IsEmpty) continue;
            var c = g.InteriorPoint;
            (x[i], y[i]) = (c.X, c.Y);
        }
        return (x, y, geoms);
    }

    internal static double[] Nan(int n)
    {
        var a = new double[n];
        Array.Fill(a, double.NaN);
        return a;
    }
}

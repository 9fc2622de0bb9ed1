using Leefbaar.Api.Serving;
using Leefbaar.Api.Tiles;

namespace Leefbaar.Harness.Kernels;

/// <summary>The URLs a benchmark cycles through, drawn reproducibly (fixed seed) from the served data.</summary>
public static class BenchTargets
{
    /// <summary>Profiles of scored areas (buurten first).</summary>
    public static List<string> Profiles(ApiState state, int count)
    {
        var codes = ScoredCodes(state).ToList();
        return Sample(codes, count).Select(c => $"/api/v1/areas/{c}").ToList();
    }

    /// <summary>Searches for the first three to six letters of area names.</summary>
    public static List<string> Searches(ApiState state, int count)
    {
        var rng = new Random(7);
        var names = state.Data.Areas.Values.Where(a => a.Name.Length >= 3).Select(a => a.Name).ToList();
        return Sample(names, count).Select(n => $"/api/v1/areas?q={Uri.EscapeDataString(n[..Math.Min(n.Length, rng.Next(3, 7))])}").ToList();
    }

    /// <summary>Buurt tiles at zoom 12–14 under scored buurten, as the map requests them when zoomed in.</summary>
    public static List<string> Tiles(ApiState state, int count)
    {
        var shapes = state.Tiles.Shapes("buurt");
        var rng = new Random(11);
        var year = state.Data.Scores.LatestYear(ScoreValues.OfficialSource, "buurt");
        return Sample(ScoredCodes(state).Where(shapes.ByCode.ContainsKey).ToList(), count).Select(code =>
        {
            var c = shapes.ByCode[code].Geometry.Centroid;
            var z = rng.Next(12, 15);
            var (x, y) = TileMath.TileAt(c.X, c.Y, z);
            return $"/api/v1/tiles/buurt/{z}/{x}/{y}.pbf" + (year is { } yr ? $"?year={yr}" : "");
        }).Distinct().ToList();
    }

    private static IEnumerable<string> ScoredCodes(ApiState state)
    {
        var year = state.Data.Scores.LatestYear(ScoreValues.OfficialSource, "buurt");
        var layer = year is { } y ? state.Data.Scores.Layer(ScoreValues.OfficialSource, "buurt", y) : null;
        return layer is not null ? layer.Codes : state.Data.Areas.Keys.Order(StringComparer.Ordinal);
    }

    private static List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        if (items.Count == 0) return [];
        var rng = new Random(42);
        return Enumerable.Range(0, count).Select(_ => items[rng.Next(items.Count)]).ToList();
    }
}

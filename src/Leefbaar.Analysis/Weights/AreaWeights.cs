using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Analysis.Inputs;
using NetTopologySuite.Geometries;

namespace Leefbaar.Analysis.Weights;

/// <summary>
/// Builds weights for the scored areas of a level from the polygons of the analysis data: the geometry dataset that covers most
/// of the codes (one source, so shared boundaries share vertices), queen/rook/knn/distance band. PC4 areas have no
/// polygons here: two postcodes are neighbours when buurten whose main postcode they are touch (queen).
/// </summary>
public static class AreaWeights
{
    /// <summary>The weight kinds.</summary>
    public static readonly string[] Kinds = ["queen", "rook", "knn", "distance"];

    /// <summary>Binary weights over the codes that have geometry (in <paramref name="codes"/> order).</summary>
    public static SpatialWeights Build(IAnalysisData data, string level, IReadOnlyList<string> codes, string kind = "queen", int k = 6, double band = 5000,
        CancellationToken cancel = default)
    {
        if (level == LevelName.Pc4) return Pc4(data, codes);
        var (shapes, _) = BestGeometry(data, level, codes);
        var ids = codes.Where(shapes.ContainsKey).ToList();
        if (ids.Count < 4) throw new NotFoundException($"Too few {level} areas with geometry ({ids.Count}) for spatial weights.");
        var geoms = ids.Select(c => shapes[c]).ToList();
        return kind switch
        {
            "queen" => Contiguity.Queen(ids, geoms),
            "rook" => Contiguity.Rook(ids, geoms),
            "knn" => PointWeights.KNearest(ids, geoms, k, cancel),
            "distance" => PointWeights.DistanceBand(ids, geoms, band, cancel),
            _ => throw new ArgumentException($"Unknown weights '{kind}'; expected {string.Join(", ", Kinds)}."),
        };
    }

    /// <summary>The polygons of the (division, dataset) covering most codes; ties prefer the Leefbaarometer's own file.</summary>
    public static (IReadOnlyDictionary<string, Geometry> Shapes, string Dataset) BestGeometry(IAnalysisData data, string level, IReadOnlyCollection<string> codes)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        var best = data.GeometryCoverage(level).OrderByDescending(c => c.Codes.Count(wanted.Contains))
            .ThenByDescending(c => c.Dataset.StartsWith("lbm", StringComparison.Ordinal)).ThenByDescending(c => c.Division).ThenBy(c => c.Dataset, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null) throw new NotFoundException($"No geometry at level {level} in the store.");
        return (data.GeometriesOfDataset(level, best.Division, best.Dataset), best.Dataset);
    }

    private static SpatialWeights Pc4(IAnalysisData data, IReadOnlyList<string> codes)
    {
        var mainPc4 = data.IndicatorValues("main_pc4", LevelName.Buurt, 2024).ToDictionary(kv => kv.Key, kv => ((int)kv.Value).ToString("0000"));
        var (shapes, _) = BestGeometry(data, LevelName.Buurt, mainPc4.Keys.ToList());
        var buurten = shapes.Keys.Where(mainPc4.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var bw = Contiguity.Queen(buurten, buurten.Select(b => shapes[b]).ToList());
        var index = codes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);
        var sets = codes.Select(_ => new HashSet<int>()).ToArray();
        for (var b = 0; b < buurten.Count; b++)
        {
            if (!index.TryGetValue(mainPc4[buurten[b]], out var i)) continue;
            foreach (var nb in bw.Neighbours[b])
                if (index.TryGetValue(mainPc4[buurten[nb]], out var j) && j != i) sets[i].Add(j);
        }
        return SpatialWeights.Binary(codes, sets, "pc4 via touching buurten (queen)");
    }
}

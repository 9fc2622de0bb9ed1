using Leefbaar.Core.Areas;
using Leefbaar.Analysis;
using Leefbaar.Analysis.Spatial;
using Leefbaar.Core.Errors;

namespace Leefbaar.App.Reports;

public sealed partial class ReportReader
{
    /// <summary>Fills of the LISA cluster types on the hot-spot map (LL brown as the weakest class, HH teal as the best).</summary>
    public static readonly IReadOnlyDictionary<string, string> ClusterFill = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["LL"] = "#8c510a", ["LH"] = "#dfc27d", ["HL"] = "#80cdc1", ["HH"] = "#01665e",
    };

    private const string Background = "#e4e4e4";

    // The local Moran of the buurt score (afw) of ONE release — the official one where the year has it — over queen
    // contiguity, as `analyze lisa --level buurt --measure afw` computes it; clusters are its contiguous LL/HH patches.
    private HotSpots? ReadHotSpots(IReadOnlyList<ReportArea> buurten, IReadOnlyList<MapShape> gemeenteMap) =>
        ReadHotSpots(buurten, gemeenteMap, _releases.Official ?? _releases.Model, null);

    // Where the year's official scores leave buurten out (the three provinces whose scores are withheld), the same
    // statistic on the model release — computed over all buurten, so a buurt's neighbours across the provincial border
    // count — and read only for the buurten without an official score: their clusters, never mixed with official ones.
    private HotSpots? ReadModelHotSpotsWithoutOfficial(IReadOnlyList<ReportArea> buurten, IReadOnlyList<MapShape> gemeenteMap)
    {
        if (_releases.Official is null || _releases.Model is null) return null;
        var modelOnly = buurten.Where(b => b.Origin == ScoreOrigin.Model).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        return modelOnly.Count == 0 ? null : ReadHotSpots(buurten, gemeenteMap, _releases.Model, modelOnly);
    }

    private HotSpots? ReadHotSpots(IReadOnlyList<ReportArea> buurten, IReadOnlyList<MapShape> gemeenteMap, string? release, IReadOnlySet<string>? readFor,
        int lowClusters = 10, int highClusters = 5)
    {
        if (release is null) return null;
        var request = new AnalysisRequest { Level = LevelName.Buurt, Year = _year, Release = release, Measure = "afw" };
        Leefbaar.Analysis.Weights.SpatialWeights w;
        double[] y;
        try { (_, _, w, y) = AnalysisRunner.SpatialInput(_data, request); }
        catch (Exception e) when (e is IDomainError or ArgumentException) { return null; }
        var lisa = LocalMoran.Compute(w, y, request.Permutations, request.Alpha);
        var labels = readFor is null ? lisa.Labels : lisa.Labels.Select((l, i) => readFor.Contains(w.Ids[i]) ? l : "ns").ToArray();
        var byCode = buurten.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var names = _store.Areas(LevelName.Gemeente, Division).ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);

        HotSpotCluster Cluster(string type, List<int> members)
        {
            double residents = 0, weighted = 0;
            foreach (var i in members)
            {
                var r = byCode.TryGetValue(w.Ids[i], out var a) ? a.Residents : 0;
                residents += r;
                weighted += r * y[i];
            }
            var gemeenten = members.Select(i => byCode.GetValueOrDefault(w.Ids[i]))
                .GroupBy(a => a?.Gemeente ?? "?")
                .Select(g => (Code: g.Key, Name: names.GetValueOrDefault(g.Key, g.Key), Residents: g.Sum(a => a?.Residents ?? 0), Count: g.Count()))
                .OrderByDescending(g => g.Residents).ThenByDescending(g => g.Count).ThenBy(g => g.Code, StringComparer.Ordinal)
                .Select(g => (g.Code, g.Name, g.Residents)).ToList();
            return new HotSpotCluster(type, members.Select(i => w.Ids[i]).ToList(), residents, residents > 0 ? weighted / residents : null, gemeenten);
        }

        var counts = Enumerable.Range(0, lisa.N).Where(i => readFor is null || readFor.Contains(w.Ids[i])).GroupBy(i => labels[i])
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var significant = Enumerable.Range(0, lisa.N).Where(i => labels[i] != "ns").ToDictionary(i => lisa.Codes[i], i => labels[i], StringComparer.Ordinal);
        var exact = Geometries(LevelName.Buurt, significant.Keys.ToHashSet(StringComparer.Ordinal), 0);

        List<HotSpotCluster> Main(string type, int take) =>
            HotSpotClusters.MergeTouching(HotSpotClusters.Components(w, labels, type), i => exact.GetValueOrDefault(w.Ids[i])).Select(c => Cluster(type, c))
                .OrderByDescending(c => c.Residents).ThenByDescending(c => c.Buurten.Count).Take(take).ToList();

        var geometries = exact.ToDictionary(kv => kv.Key, kv => NetTopologySuite.Simplify.TopologyPreservingSimplifier.Simplify(kv.Value, 40), StringComparer.Ordinal);
        var background = gemeenteMap.Select(g => new FilledShape(g.Code, g.Geometry, Background, g.Name)).ToList();
        var map = significant.Where(kv => geometries.ContainsKey(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new FilledShape(kv.Key, geometries[kv.Key], ClusterFill[kv.Value],
                    $"{byCode.GetValueOrDefault(kv.Key)?.Name ?? kv.Key} ({kv.Key}): {kv.Value}", Outline: true)).ToList();
        return new HotSpots(release, _year, "afw", w.Kind.Split(',')[0].Trim(), request.Permutations, request.Alpha, readFor is null ? w.N : w.Ids.Count(readFor.Contains), counts,
            [.. Main("LL", lowClusters), .. Main("HH", highClusters)], background, map) { ReadFor = readFor is null ? null : w.N };
    }
}

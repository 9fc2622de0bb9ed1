using Leefbaar.Core.Areas;
using Leefbaar.Analysis;
using Leefbaar.Analysis.Spatial;
using Leefbaar.Core.Errors;

namespace Leefbaar.App.Reports;

/// <summary>The hot spots a wijkdiagnose shows: the national local Moran run, read for the gemeente's own buurten.</summary>
public sealed record GemeenteHotSpots(string Release, ScoreOrigin Origin, int Year, int Permutations, double Alpha, int NationalAreas,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<(string Code, string Name, string Label)> Significant, IReadOnlyList<FilledShape> Map);

public sealed partial class ReportReader
{
    // The local Moran of the buurt afw over ALL buurten of one release — the official one where this gemeente has
    // official scores, else the model release, so the three provinces without official scores get hot spots too —
    // then read for the gemeente's buurten: a cluster is a property of the neighbourhood, which crosses gemeente borders.
    private GemeenteHotSpots? ReadGemeenteHotSpots(IReadOnlyList<ReportArea> buurten)
    {
        var official = buurten.Any(b => b.Origin == ScoreOrigin.Official);
        var release = official ? _releases.Official : buurten.Any(b => b.Origin == ScoreOrigin.Model) ? _releases.Model : null;
        if (release is null) return null;
        var request = new AnalysisRequest { Level = LevelName.Buurt, Year = _year, Release = release, Measure = "afw" };
        Leefbaar.Analysis.Weights.SpatialWeights w;
        double[] y;
        try { (_, _, w, y) = AnalysisRunner.SpatialInput(_data, request); }
        catch (Exception e) when (e is IDomainError or ArgumentException) { return null; }
        var lisa = LocalMoran.Compute(w, y, request.Permutations, request.Alpha);
        var label = Enumerable.Range(0, lisa.N).ToDictionary(i => lisa.Codes[i], i => lisa.Labels[i], StringComparer.Ordinal);
        var own = buurten.Where(b => label.ContainsKey(b.Code)).ToList();
        var counts = own.GroupBy(b => label[b.Code]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var significant = own.Where(b => label[b.Code] != "ns").OrderBy(b => label[b.Code], StringComparer.Ordinal).ThenBy(b => b.Afw)
            .Select(b => (b.Code, b.Name, label[b.Code])).ToList();
        var map = Shapes(LevelName.Buurt, buurten, 5).Select(s =>
        {
            var l = label.GetValueOrDefault(s.Code, "ns");
            return new FilledShape(s.Code, s.Geometry, l == "ns" ? Background : ClusterFill[l], l == "ns" ? $"{s.Name} ({s.Code})" : $"{s.Name} ({s.Code}): {l}", Outline: l != "ns");
        }).ToList();
        return new GemeenteHotSpots(release, official ? ScoreOrigin.Official : ScoreOrigin.Model, _year, request.Permutations, request.Alpha, w.N, counts, significant, map);
    }
}

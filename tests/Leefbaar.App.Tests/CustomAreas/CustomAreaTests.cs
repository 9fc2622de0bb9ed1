using System.Text;
using System.Text.Json;
using Leefbaar.App.CustomAreas;
using Leefbaar.App.Tests.Reports;
using Leefbaar.Core.Errors;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Leefbaar.App.Tests.CustomAreas;

/// <summary>Drawn areas on the real store: real buurt boundaries sent back as lon/lat GeoJSON, scored against the published buurt scores.</summary>
[Collection(ReportStoreCollection.Name)]
public sealed class CustomAreaTests(ReportStoreFixture fx)
{
    private static readonly JsonSerializerOptions Geo = new() { Converters = { new GeoJsonConverterFactory() } };

    private CustomAreaScorer Scorer() => CustomAreaScorer.FromStore(fx.Store, fx.ModelRelease);

    private Geometry Boundary(string code) => fx.Store.Geometries("buurt", StoreTruth.Year)[code];

    private static byte[] Collection(params (string Name, Geometry Rd)[] areas) => Encoding.UTF8.GetBytes(
        "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(',', areas.Select(a =>
            $"{{\"type\":\"Feature\",\"properties\":{{\"name\":\"{a.Name}\"}},\"geometry\":{JsonSerializer.Serialize(RdReprojector.ToWgs84(a.Rd), Geo)}}}")) + "]}");

    private Dictionary<string, (double Afw, int Class, double Weight, double Won)> Stored() =>
        fx.Store.StoredModelScores(fx.ModelRelease, "buurt", null).ToDictionary(s => s.Code, s => (s.Afw, s.KTotal, s.Weight, s.Won));

    [Theory]
    [InlineData("BU05991571")] // Rotterdam, Tarwewijk: official scores exist
    [InlineData("BU0114")]     // Emmen (Drenthe, no official scores): its first inhabited buurt
    public void A_polygon_equal_to_a_buurt_scores_as_that_buurt(string codeOrPrefix)
    {
        var stored = Stored();
        var code = stored.Keys.Where(k => k.StartsWith(codeOrPrefix, StringComparison.Ordinal) && stored[k].Weight > 100).Order().First();
        var area = Assert.Single(DrawnAreaReader.FromBytes(Collection(("Buurt", Boundary(code))), "test"));
        var c = Scorer().Score(area)!;
        Assert.Equal(code, Assert.Single(c.Parts).Score.Code);
        Assert.Equal(stored[code].Afw, c.Score.Afw, 9);
        Assert.Equal(stored[code].Class, c.Score.Class);
    }

    [Fact]
    public void Two_adjacent_buurten_give_their_inhabitant_weighted_mean()
    {
        var shapes = fx.Store.Geometries("buurt", StoreTruth.Year);
        var stored = Stored();
        // The first Rotterdam buurt with inhabitants and a neighbour it shares a boundary with.
        var a = shapes.Keys.Where(k => k.StartsWith("BU0599", StringComparison.Ordinal) && stored.TryGetValue(k, out var s) && s.Weight > 500).Order().First();
        var b = shapes.Where(kv => kv.Key != a && kv.Key.StartsWith("BU0599", StringComparison.Ordinal) && stored.TryGetValue(kv.Key, out var s) && s.Weight > 500
            && kv.Value.Intersection(shapes[a]).Length > 50).Select(kv => kv.Key).Order().First();
        var union = shapes[a].Union(shapes[b]);
        var c = Scorer().Score(Assert.Single(DrawnAreaReader.FromBytes(Collection(("Twee buurten", union)), "test")))!;

        Assert.Equal([a, b], c.Parts.Select(p => p.Score.Code).Order());
        Assert.All(c.Parts, p => Assert.InRange(p.Share, 0.995, 1.0));
        var (wa, wb) = (stored[a].Weight, stored[b].Weight);
        var expected = (wa * stored[a].Afw + wb * stored[b].Afw) / (wa + wb);
        Assert.Equal(expected, c.Score.Afw, 3); // shares within 0.5 % of whole after the lon/lat round trip
        Assert.Equal((wa * stored[a].Won + wb * stored[b].Won) / (wa + wb), c.Score.Won, 3);
        Assert.Equal(wa + wb, c.Score.Weight, 0.005 * (wa + wb));
    }

    [Fact]
    public void In_groningen_the_100_m_cells_say_which_share_of_a_buurts_residents_a_half_covers()
    {
        var scorer = Scorer();
        Assert.True(scorer.BuurtenWithCells > 50, $"{scorer.BuurtenWithCells} Groningen buurten located by the 2014 grid");
        var stored = Stored();
        var shapes = fx.Store.Geometries("buurt", StoreTruth.Year);
        var buurten = shapes.Keys.Where(k => k.StartsWith("BU0014", StringComparison.Ordinal) && stored.TryGetValue(k, out var s) && s.Weight > 500)
            .Order().ToList();
        var differences = new List<double>();
        foreach (var code in buurten)
        {
            var whole = scorer.Score(new DrawnArea("w", "Hele buurt", shapes[code], false))!;
            if (whole.Parts.Single(p => p.Score.Code == code).ResidentShare is not { } all) continue; // outside the 2014 grid
            Assert.Equal(1.0, all, 12);
            // Cut at a whole hectometre, so no cell centre lies on the line.
            var env = shapes[code].EnvelopeInternal;
            var cut = Math.Round((env.MinX + env.MaxX) / 200) * 100;
            var factory = shapes[code].Factory;
            var west = shapes[code].Intersection(factory.ToGeometry(new Envelope(env.MinX - 1, cut, env.MinY - 1, env.MaxY + 1)));
            var east = shapes[code].Intersection(factory.ToGeometry(new Envelope(cut, env.MaxX + 1, env.MinY - 1, env.MaxY + 1)));
            if (west.Area < 0.05 * shapes[code].Area || east.Area < 0.05 * shapes[code].Area) continue;
            var (w, e) = (Part(scorer, west, code), Part(scorer, east, code));
            if (w is null || e is null) continue;
            Assert.Equal(1.0, w.ResidentShare!.Value + e.ResidentShare!.Value, 9);
            differences.Add(Math.Abs(w.ResidentShare.Value - w.Share));
            if (differences.Count == 25) break;
        }
        Assert.True(differences.Count >= 10, $"{differences.Count} Groningen buurten split");
        // Residents are not spread like area: the halves' residents' shares differ from their area shares.
        Assert.True(differences.Average() > 0.02, $"mean |residents' share − area share| {differences.Average():0.000}");
        // Outside the grid (Rotterdam) the area share weighs, as before.
        var tarwewijk = scorer.Score(new DrawnArea("t", "Tarwewijk", shapes["BU05991571"], false))!;
        Assert.Null(Assert.Single(tarwewijk.Parts).ResidentShare);
    }

    private static Leefbaar.Model.Scoring.CoveredPart? Part(CustomAreaScorer scorer, Geometry half, string code) =>
        scorer.Score(new DrawnArea("h", "Helft", half, false))?.Parts.SingleOrDefault(p => p.Score.Code == code);

    [Fact]
    public void A_line_is_refused_naming_the_feature_and_field()
    {
        var body = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[4.47,51.89],[4.48,51.90]]}}]}""";
        var e = Assert.Throws<InvalidInputException>(() => DrawnAreaReader.FromBytes(Encoding.UTF8.GetBytes(body), "plan.geojson"));
        Assert.Contains("plan.geojson", e.Message);
        Assert.Contains("geometry", e.Message);
        Assert.Contains("LineString", e.Message);
    }

    [Fact]
    public void Broken_json_is_refused_with_its_line()
    {
        var e = Assert.Throws<InvalidInputException>(() => DrawnAreaReader.FromBytes(Encoding.UTF8.GetBytes("{\"type\":\"Polygon\",\n\"coordinates\": [[[4.4"), "plan.geojson"));
        Assert.Contains("line 2", e.Message);
    }
}

using Leefbaar.Data.Synth;
using Leefbaar.Geo.Points;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Synth;

/// <summary>The synthetic Netherlands follows the real marginals and is reproducible (on the smallest gemeente, Schiermonnikoog).</summary>
public class SynthGeneratorTests
{
    private static string DataRoot { get { SharedData.Require("woonikveilig/gemeente/GM0088.json"); return SharedData.Root!; } }

    /// <summary>Read once for all tests (the province polygon file is the slow part).</summary>
    private static readonly Lazy<List<SynthBuurt>> Schiermonnikoog = new(() => SynthInputs.Load(DataRoot, SynthScale.Parse("GM0088")));

    [Fact]
    public async Task Dwellings_and_events_follow_the_buurt_counts_and_lie_in_the_polygon()
    {
        var buurten = Schiermonnikoog.Value;
        // woonikveilig GM0088.json: 2 buurten, households 565 in total, 33 registered crimes in the latest 12 months.
        Assert.Equal(2, buurten.Count);
        Assert.Equal(565, buurten.Sum(b => b.Households));
        // lbm3-2024 has a polygon for one of them; the other falls back to the gemeente polygon.
        Assert.Single(buurten, b => b.Polygon is not null);
        using var dir = new TempDir();
        var summary = await SynthGenerator.Generate(buurten, seed: 1, "GM0088", dir.Path);
        Assert.Equal(565, summary.Dwellings);
        Assert.Equal(33, summary.Events);
        var data = await SynthData.Load(dir.Path);
        Assert.Equal(565, data.DwellingX.Length);
        Assert.Equal(["BU00880000", "BU00880009"], data.BuurtCode);
        var withPolygon = Array.FindIndex(data.BuurtPolygon, g => g is not null);
        var polygons = PolygonSet.From(data.BuurtPolygon);
        for (var i = 0; i < data.DwellingX.Length; i++)
            if (data.DwellingBuurt[i] == withPolygon) Assert.True(polygons.Contains(withPolygon, data.DwellingX[i], data.DwellingY[i]));
    }

    [Fact]
    public async Task Same_seed_gives_identical_files_and_another_seed_does_not()
    {
        var buurten = Schiermonnikoog.Value;
        using var a = new TempDir(); using var b = new TempDir(); using var c = new TempDir();
        await SynthGenerator.Generate(buurten, 1, "GM0088", a.Path);
        await SynthGenerator.Generate(buurten, 1, "GM0088", b.Path);
        await SynthGenerator.Generate(buurten, 2, "GM0088", c.Path);
        Assert.Equal(File.ReadAllBytes(a.File("dwellings.parquet")), File.ReadAllBytes(b.File("dwellings.parquet")));
        Assert.Equal(File.ReadAllBytes(a.File("events.parquet")), File.ReadAllBytes(b.File("events.parquet")));
        Assert.NotEqual(File.ReadAllBytes(a.File("dwellings.parquet")), File.ReadAllBytes(c.File("dwellings.parquet")));
    }

    [Fact]
    public void Unknown_scale_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => SynthScale.Parse("Utrecht"));
        Assert.Contains("'Utrecht'", e.Message);
    }
}

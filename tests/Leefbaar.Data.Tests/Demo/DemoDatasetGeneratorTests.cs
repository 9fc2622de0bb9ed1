using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;
using Leefbaar.Data.Demo;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Tests.Demo;

/// <summary>The synthetic demo dataset: deterministic per seed, unmistakably synthetic, internally consistent.</summary>
public sealed class DemoDatasetGeneratorTests
{
    private static readonly string[] DemoGemeenten = ["GM9901", "GM9902", "GM9903", "GM9904"];

    [Fact]
    public void Same_seed_gives_the_same_data()
    {
        var a = DemoDatasetGenerator.Generate(seed: 7);
        var b = DemoDatasetGenerator.Generate(seed: 7);
        Assert.Equal(a.Observations, b.Observations);
        Assert.Equal(a.Scores, b.Scores);
        Assert.Equal(a.Areas.Values, b.Areas.Values);
        Assert.Equal(a.Geometries.Select(g => (g.Area, g.Geometry.AsText())), b.Geometries.Select(g => (g.Area, g.Geometry.AsText())));
    }

    [Fact]
    public void Different_seeds_give_different_values_on_the_same_areas()
    {
        var a = DemoDatasetGenerator.Generate(seed: 1);
        var b = DemoDatasetGenerator.Generate(seed: 2);
        Assert.Equal(a.Areas.Keys.Select(k => (k.Item1.Value, k.Item2)).Order(), b.Areas.Keys.Select(k => (k.Item1.Value, k.Item2)).Order());
        Assert.NotEqual(a.Observations, b.Observations);
        Assert.NotEqual(a.Scores.Select(s => s.Afw), b.Scores.Select(s => s.Afw));
    }

    [Fact]
    public void Every_area_is_GM99xx_based_apart_from_the_labelled_country_and_province()
    {
        var batch = DemoDatasetGenerator.Generate();
        foreach (var area in batch.Areas.Values)
        {
            if (area.Level is AreaLevel.Land or AreaLevel.Provincie)
            {
                Assert.Contains("(synthetisch)", area.Name);
                continue;
            }
            var gm = area.Level == AreaLevel.Gemeente ? area.Code : area.Code.GemeenteByCode()!.Value;
            Assert.Contains(gm.Value, DemoGemeenten);
            Assert.Equal(gm, area.Level == AreaLevel.Gemeente ? area.Code : area.Gemeente);
        }
        Assert.Equal(DemoGemeenten, batch.Areas.Values.Where(a => a.Level == AreaLevel.Gemeente).Select(a => a.Code.Value).Order());
        Assert.All(batch.Observations, o => Assert.StartsWith("BU99", o.Area.Value));
        Assert.All(batch.Observations, o => Assert.Equal("demo-synthetic", o.Source));
    }

    [Fact]
    public void Buurten_sit_in_their_own_wijk_by_code()
    {
        var batch = DemoDatasetGenerator.Generate();
        var buurten = batch.Areas.Values.Where(a => a.Level == AreaLevel.Buurt).ToList();
        // 12² + 8² + 6² squares, and 6 × 7 for Testerveen: its 7 rows split into 2 wijken of 3 rows leave the 7th
        // row of its gemeente square without buurten (a gap in the demo map, see the report).
        Assert.Equal(144 + 64 + 36 + 42, buurten.Count);
        Assert.All(buurten, b => Assert.Equal(b.Code.ParentByCode(), b.Wijk));
        BatchChecks.EnsureUnique(batch, "demo-synthetic");
    }

    [Fact]
    public void Every_score_is_demo_synthetic_and_afw_is_the_exact_sum_of_the_dimensions()
    {
        var batch = DemoDatasetGenerator.Generate(seed: 3);
        Assert.Equal(batch.Areas.Values.Count(a => a.Level == AreaLevel.Buurt), batch.Scores.Count);
        double[] boundaries = [-0.428, -0.354, -0.2815, -0.164, -0.103, 0.0101, 0.0896, 0.1680];
        Assert.All(batch.Scores, s =>
        {
            Assert.Equal("demo-synthetic", s.Release);
            Assert.Equal(DemoDatasetGenerator.Release, s.Release);
            Assert.Equal(s.Won!.Value + s.Fys!.Value + s.Vrz!.Value + s.Soc!.Value + s.Onv!.Value, s.Afw!.Value);
            Assert.Equal(ScoreClass.Classify(s.Afw.Value, boundaries), s.ClassTotal);
        });
    }

    [Fact]
    public void Every_buurt_square_lies_inside_its_gemeente_square()
    {
        var batch = DemoDatasetGenerator.Generate();
        var gemeenten = batch.Geometries.Where(g => g.Area.Level == AreaLevel.Gemeente).ToDictionary(g => g.Area, g => g.Geometry);
        Assert.All(batch.Geometries.Where(g => g.Area.Level == AreaLevel.Buurt),
            g => Assert.True(gemeenten[g.Area.GemeenteByCode()!.Value].Covers(g.Geometry), $"{g.Area} outside its gemeente"));
    }

    [Fact]
    public void Geometry_is_RD_New_squares_near_Amersfoort()
    {
        var batch = DemoDatasetGenerator.Generate();
        Assert.All(batch.Geometries, g => Assert.Equal(28992, g.Geometry.SRID));
        var buurt = batch.Geometries.Where(g => g.Area.Level == AreaLevel.Buurt).ToList();
        Assert.All(buurt, g => Assert.Equal(600 * 600, g.Geometry.Area, 1e-6));
        Assert.All(batch.Geometries, g => Assert.InRange(g.Geometry.Centroid.X, 130_000, 200_000));
    }
}

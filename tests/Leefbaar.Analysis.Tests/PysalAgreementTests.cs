using System.Text.Json;
using Leefbaar.Analysis.Inequality;
using Leefbaar.Analysis.Series;
using Leefbaar.Analysis.Spatial;
using Leefbaar.Analysis.Weights;
using Leefbaar.TestSupport;

namespace Leefbaar.Analysis.Tests;

/// <summary>
/// Agreement with PySAL: tests/reference/pysal_reference.py computed these numbers with libpysal (queen and rook
/// contiguity, row-standardised) and numpy on the same file, lbm3-2024/gemeenten.geojson, the 311 gemeenten with afw.
/// </summary>
[Collection(StoreCollection.Name)]
public sealed class PysalAgreementTests(ImportedStore fixture)
{
    private const double Tolerance = 1e-9;
    private static readonly JsonElement Reference = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(SharedData.RepositoryRoot(), "tests", "reference", "pysal_reference.json"))).RootElement;

    private (SpatialWeights Queen, SpatialWeights Rook, double[] Afw) Case()
    {
        var shapes = fixture.Store.GeometriesOfDataset("gemeente", 2024, "lbm3-2024-gemeenten");
        var afw = fixture.Store.ReleaseScores("lbm3-2024", "gemeente").Where(r => r.Afw is not null).ToDictionary(r => r.Code, r => r.Afw!.Value);
        var ids = afw.Keys.Order(StringComparer.Ordinal).ToList();
        var geoms = ids.Select(c => shapes[c]).ToList();
        return (Contiguity.Queen(ids, geoms).RowStandardised(), Contiguity.Rook(ids, geoms).RowStandardised(), ids.Select(c => afw[c]).ToArray());
    }

    [Theory]
    [InlineData("queen")]
    [InlineData("rook")]
    public void Global_Moran_matches_PySAL(string kind)
    {
        var (queen, rook, y) = Case();
        var w = kind == "queen" ? queen : rook;
        var r = Reference.GetProperty(kind);
        Assert.Equal(Reference.GetProperty("n").GetInt32(), w.N);
        Assert.Equal(r.GetProperty("links").GetInt32(), w.Neighbours.Sum(n => n.Length));
        Assert.Equal(r.GetProperty("islands").EnumerateArray().Select(e => e.GetString()).ToArray(), w.Islands.ToArray());
        Assert.Equal(r.GetProperty("s0").GetDouble(), w.S0, Tolerance);
        Assert.Equal(r.GetProperty("s1").GetDouble(), w.S1, Tolerance);
        Assert.Equal(r.GetProperty("s2").GetDouble(), w.S2, Tolerance);

        var m = GlobalMoran.Compute(w, y, permutations: 99);
        Assert.Equal(r.GetProperty("I").GetDouble(), m.I, Tolerance);
        Assert.Equal(r.GetProperty("EI").GetDouble(), m.EI, Tolerance);
        Assert.Equal(r.GetProperty("VI_norm").GetDouble(), m.Normality.VI, Tolerance);
        Assert.Equal(r.GetProperty("z_norm").GetDouble(), m.Normality.Z, Tolerance);
        Assert.Equal(r.GetProperty("VI_rand").GetDouble(), m.Randomisation.VI, Tolerance);
        Assert.Equal(r.GetProperty("z_rand").GetDouble(), m.Randomisation.Z, Tolerance);
        Assert.Equal(0.01, m.Simulation.PSim); // I ≈ 0.41 is far above every one of 99 shuffles: (0 + 1) / (99 + 1)
    }

    [Fact]
    public void Local_Moran_and_Gi_star_match_the_reference_per_gemeente()
    {
        var (queen, _, y) = Case();
        var lisa = LocalMoran.Compute(queen, y, permutations: 0);
        var binary = new SpatialWeights(queen.Ids, queen.Neighbours, queen.Neighbours.Select(r => r.Select(_ => 1.0).ToArray()).ToArray(), "queen");
        var gi = GetisOrd.GiStar(binary, y);
        var refIi = Reference.GetProperty("local_moran_queen");
        var refGi = Reference.GetProperty("gi_star_queen");
        for (var i = 0; i < queen.N; i++)
        {
            Assert.Equal(refIi.GetProperty(lisa.Codes[i]).GetDouble(), lisa.Is[i], Tolerance);
            Assert.Equal(refGi.GetProperty(gi.Codes[i]).GetDouble(), gi.Normality![i].Z, Tolerance);
        }
    }

    [Fact]
    public void Gini_and_Theil_match_the_reference()
    {
        var (_, _, y) = Case();
        var lbm = y.Select(a => Measure.Lbm2024Constant + a).ToArray();
        var r = InequalityMeasures.Compute(2024, lbm, lbm.Select(_ => 1.0).ToArray());
        Assert.Equal(Reference.GetProperty("gini_lbm").GetDouble(), r.Gini, 1e-12);
        Assert.Equal(Reference.GetProperty("theil_lbm").GetDouble(), r.Theil, 1e-12);
    }

    [Fact]
    public void The_moran_command_path_picks_the_same_polygons_and_agrees()
    {
        var result = AnalysisRunner.Run(fixture.Data, "moran", new AnalysisRequest { Level = "gemeente", Year = 2024, Permutations = 0 });
        var row = result.Tables[0].Rows.Single();
        Assert.Equal("lbm3-2024", result.Meta["release"]);
        Assert.Equal(Reference.GetProperty("queen").GetProperty("I").GetDouble(), (double)row[1]!, Tolerance);
        Assert.Equal(Reference.GetProperty("queen").GetProperty("z_rand").GetDouble(), (double)row[7]!, Tolerance);
    }

    [Fact]
    public void A_model_release_is_read_from_model_scores_with_the_same_statistics()
    {
        // a test-only model release whose gemeente afw copies the official 2024 afw: the statistics must then be identical
        const string release = "analysis-test-model";
        fixture.Store.Execute("DELETE FROM model_scores WHERE release = $r", ("r", release));
        fixture.Store.Execute("""
            INSERT INTO model_scores (code, level, division_year, year, release, afw)
            SELECT code, 'gemeente', 2024, 2024, $r, afw FROM official_scores WHERE release = 'lbm3-2024' AND level = 'gemeente'
            """, ("r", release));
        var result = AnalysisRunner.Run(fixture.Data, "moran", new AnalysisRequest { Level = "gemeente", Release = release, Permutations = 0 });
        Assert.Equal("model", result.Meta["source"]);
        Assert.Equal(Reference.GetProperty("queen").GetProperty("I").GetDouble(), (double)result.Tables[0].Rows.Single()[1]!, Tolerance);
    }
}

using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The PC4 series 2002–2022 of the 2022 release, read once for <see cref="LbmCsvImporterTests"/>.</summary>
public sealed class Pc4SeriesBatch
{
    /// <summary>The batch of the manifest entry lbm3-2022-pc4.</summary>
    public ImportBatch Batch { get; } = RealManifest.Read("lbm3-2022-pc4");
}

/// <summary>The Leefbaarometer open-data CSV importer on the real PC4, Amstelveen and Utrecht files.</summary>
public sealed class LbmCsvImporterTests(Pc4SeriesBatch fixture) : IClassFixture<Pc4SeriesBatch>
{
    private readonly ImportBatch _pc4 = fixture.Batch;

    [Fact]
    public void Pc4_series_has_every_row_and_postcode()
    {
        // python csv: 28,300 data rows, 3,556 distinct PC4, years 2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022.
        Assert.Equal(28_300, _pc4.Scores.Count);
        Assert.Equal(3_556, _pc4.Areas.Count);
        Assert.Equal(3_556, _pc4.CountAreas(AreaLevel.Pc4));
        Assert.Equal([2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022], _pc4.Scores.Select(s => s.Year).Distinct().Order());
        Assert.Equal(3_555, _pc4.Scores.Count(s => s.Year == 2022)); // rows with jaar 2022
        Assert.All(_pc4.Scores, s => Assert.Equal("lbm3-2022", s.Release));
        Assert.All(_pc4.Areas.Values, a => Assert.Equal(2022, a.DivisionYear));
    }

    [Fact]
    public void Lbm_minus_afw_is_the_release_constant_on_every_row()
    {
        Assert.All(_pc4.Scores, s => Assert.Equal(4.1022649, s.Lbm!.Value - s.Afw!.Value, 1e-6));
    }

    [Fact]
    public void Dimensions_marked_NA_are_null()
    {
        // python: all 10,584 rows before 2014 have NA for every dimension; 14,178 rows have dimensions
        // (2014, 2018, 2020, 2022), and 2016 has none.
        var early = _pc4.Scores.Where(s => s.Year < 2014).ToList();
        Assert.Equal(10_584, early.Count);
        Assert.All(early, s => Assert.True(s.Won is null && s.Fys is null && s.Vrz is null && s.Soc is null && s.Onv is null));
        Assert.Equal(14_178, _pc4.Scores.Count(s => s.Fys is not null));
        Assert.DoesNotContain(_pc4.Scores, s => s.Year == 2016 && s.Won is not null);
    }

    [Fact]
    public void Pc4_3811_values_equal_the_file()
    {
        // The 2018 row of PC4 3811 (Amersfoort centre).
        var row = _pc4.ScoresOf("3811").Single(s => s.Year == 2018);
        Assert.Equal(4.1461072111034, row.Lbm!.Value, 1e-12);
        Assert.Equal(0.043842359959714555, row.Afw!.Value, 1e-12);
        Assert.Equal(-0.002790041430897921, row.Fys!.Value, 1e-12);
        Assert.Equal(-0.1361665522622739, row.Onv!.Value, 1e-12);
        Assert.Equal(-0.04089442984545035, row.Soc!.Value, 1e-12);
        Assert.Equal(0.20886033076019386, row.Vrz!.Value, 1e-12);
        Assert.Equal(0.014833052738142626, row.Won!.Value, 1e-12);
        Assert.Equal(8, _pc4.ScoresOf("3811").Count);
    }

    [Fact]
    public void Amstelveen_wijken()
    {
        // kuuroooo AmstelveenDataWithDimensions.csv: 56 rows, 14 wijken, years 2014, 2018, 2020, 2022.
        var batch = RealManifest.Read("lbm3-2022-amstelveen-wijken");
        Assert.Equal(56, batch.Scores.Count);
        Assert.Equal(14, batch.CountAreas(AreaLevel.Wijk));
        Assert.Equal([2014, 2018, 2020, 2022], batch.Scores.Select(s => s.Year).Distinct().Order());
        var randwijck = batch.Area("WK036201", 2022);
        Assert.Equal("Randwijck", randwijck.Name);
        Assert.Equal(AreaCode.Parse("GM0362"), randwijck.Gemeente);
        var s2014 = batch.ScoresOf("WK036201").Single(s => s.Year == 2014);
        Assert.Equal(4.270599604867483, s2014.Lbm!.Value, 1e-12);
        Assert.Equal(0.1683347537237974, s2014.Afw!.Value, 1e-12);
        Assert.Equal(-0.045657031068394, s2014.Won!.Value, 1e-12);
        Assert.All(batch.Scores, s => Assert.Equal(4.1022649, s.Lbm!.Value - s.Afw!.Value, 1e-6));
    }

    [Fact]
    public void Utrecht_2020_through_the_manifest_column_map()
    {
        // nelleke20 buurten.csv: 969 buurten; 714 with leefbarometer_score; values rounded to 2 decimals; no won/afw.
        var batch = RealManifest.Read("lbm3-2020-utrecht-buurten");
        Assert.Equal(969, batch.CountAreas(AreaLevel.Buurt));
        Assert.Equal(714, batch.Scores.Count); // rows without any score cell keep their area only
        Assert.Equal(714, batch.Scores.Count(s => s.Lbm is not null));
        Assert.Equal(714, batch.Scores.Count(s => s.Fys is not null));
        Assert.All(batch.Scores, s => Assert.Equal(("lbm3-2020", 2020), (s.Release, s.Year)));
        Assert.All(batch.Scores, s => Assert.True(s.Won is null && s.Afw is null));
        // Row 0: BU03070100 Hof, score 4.22, fys 0.02, overlast -0.14, samenhang -0.04, voorzieningen 0.24.
        var hof = Assert.Single(batch.ScoresOf("BU03070100"));
        Assert.Equal((4.22, 0.02, -0.14, -0.04, 0.24), (hof.Lbm, hof.Fys, hof.Onv, hof.Soc, hof.Vrz));
        var area = batch.Area("BU03070100", 2022);
        Assert.Equal("Hof", area.Name);
        Assert.Equal(AreaCode.Parse("WK030701"), area.Wijk);
    }
}

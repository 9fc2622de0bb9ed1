using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The woonikveilig folder read once for all tests of <see cref="WoonIkVeiligImporterTests"/>.</summary>
public sealed class WoonIkVeiligBatch
{
    /// <summary>The batch of the manifest entry kwb-2024-woonikveilig.</summary>
    public ImportBatch Batch { get; } = RealManifest.Read("kwb-2024-woonikveilig");
}

/// <summary>The woonikveilig importer on the real files: counts, values and parents checked against the JSON.</summary>
public sealed class WoonIkVeiligImporterTests(WoonIkVeiligBatch fixture) : IClassFixture<WoonIkVeiligBatch>
{
    private readonly ImportBatch _batch = fixture.Batch;

    [Fact]
    public void Reads_every_area_of_the_2024_division()
    {
        // Counted with python over gemeente/*.json (342 files, wijken[] and buurten[]), provincies.json and nl.json.
        Assert.Equal(342, _batch.CountAreas(AreaLevel.Gemeente));
        Assert.Equal(3_393, _batch.CountAreas(AreaLevel.Wijk));
        Assert.Equal(14_574, _batch.CountAreas(AreaLevel.Buurt));
        Assert.Equal(12, _batch.CountAreas(AreaLevel.Provincie));
        Assert.Equal(1, _batch.CountAreas(AreaLevel.Land));
        Assert.All(_batch.Areas.Values, a => Assert.Equal(2024, a.DivisionYear));
    }

    [Fact]
    public void Population_of_the_Netherlands_and_of_Amersfoort()
    {
        Assert.Equal(17_942_942, _batch.Value("NL00", "population", 2024)); // nl.json demografie.inwoners
        Assert.Equal(161_852, _batch.Value("GM0307", "population", 2024)); // GM0307.json demografie.inwoners
        Assert.Equal(504_129, _batch.Value("PV22", "population", 2024)); // provincies.json, Drenthe
        Assert.Equal("Amersfoort", _batch.Area("GM0307", 2024).Name);
    }

    [Fact]
    public void Crime_counts_per_year_equal_the_file()
    {
        // GM0307.json, buurt BU03072004 (Architectenbuurt-Oost): veiligheid.trend 2021–2025.
        int[] expected = [22, 31, 15, 19, 11];
        for (var year = 2021; year <= 2025; year++)
            Assert.Equal(expected[year - 2021], _batch.Value("BU03072004", "crime_count", year));
        Assert.Equal(12.2, _batch.Value("BU03072004", "crime_per_1000", 2024));
        // GM0363.json, BU0363AF09 (Waterloopleinbuurt).
        int[] amsterdam = [208, 325, 371, 283, 229];
        for (var year = 2021; year <= 2025; year++)
            Assert.Equal(amsterdam[year - 2021], _batch.Value("BU0363AF09", "crime_count", year));
        Assert.All(_batch.Observations.Where(o => o.Indicator.StartsWith("crime")), o => Assert.Equal("47022NED", o.Source));
    }

    [Fact]
    public void Crime_and_health_coverage_over_all_buurten()
    {
        // python: buurten with any crime trend value 14,494; with any health value 11,750, together 58,411 health values.
        var buurtCrime = _batch.Observations.Where(o => o.Indicator == "crime_count" && o.Area.Level == AreaLevel.Buurt).Select(o => o.Area).Distinct().Count();
        var buurtHealth = _batch.Observations.Where(o => o.Indicator == "health_good_pct" && o.Area.Level == AreaLevel.Buurt).ToList();
        Assert.Equal(14_494, buurtCrime);
        Assert.Equal(11_750, buurtHealth.Select(o => o.Area).Distinct().Count());
        Assert.Equal(58_411, buurtHealth.Count);
    }

    [Fact]
    public void Health_values_per_year_from_both_trend_shapes()
    {
        // Buurt trend holds plain numbers: BU03072004 2012 82.5, 2016 81.7, 2020 83, 2022 75.1, 2024 77.7.
        Assert.Equal(82.5, _batch.Value("BU03072004", "health_good_pct", 2012));
        Assert.Equal(81.7, _batch.Value("BU03072004", "health_good_pct", 2016));
        Assert.Equal(83.0, _batch.Value("BU03072004", "health_good_pct", 2020));
        Assert.Equal(75.1, _batch.Value("BU03072004", "health_good_pct", 2022));
        Assert.Equal(77.7, _batch.Value("BU03072004", "health_good_pct", 2024));
        // nl.json's trend holds objects {goedErvarenGezondheid, langdurigeAandoening}.
        Assert.Equal(76.3, _batch.Value("NL00", "health_good_pct", 2012));
        Assert.Equal(69.0, _batch.Value("NL00", "health_good_pct", 2022));
        Assert.All(_batch.Observations.Where(o => o.Indicator == "health_good_pct"), o => Assert.Equal("50150NED", o.Source));
    }

    [Fact]
    public void Null_values_are_absent_not_zero()
    {
        // BU03072004 has demografie.inkomenPerInwoner = null, inwoners = 1605.
        Assert.Null(_batch.Value("BU03072004", "income_per_inhabitant", 2024));
        Assert.Equal(1_605, _batch.Value("BU03072004", "population", 2024));
        Assert.DoesNotContain(_batch.Observations, o => !double.IsFinite(o.Value));
    }

    [Fact]
    public void Buurt_parents_follow_the_CBS_code_rule_not_the_upstream_wijkCode()
    {
        // The file says wijkCode "WK03072004"; the CBS wijk is the first 6 digits: WK030720 (Zielhorst).
        var buurt = _batch.Area("BU03072004", 2024);
        Assert.Equal(AreaCode.Parse("WK030720"), buurt.Wijk);
        Assert.Equal(AreaCode.Parse("GM0307"), buurt.Gemeente);
        Assert.Equal(AreaCode.Parse("PV26"), buurt.Provincie);
        Assert.Equal("Zielhorst", _batch.Area("WK030720", 2024).Name);
    }

    [Fact]
    public void Amsterdam_alphanumeric_codes_get_their_parents()
    {
        var buurt = _batch.Area("BU0363AF09", 2024);
        Assert.Equal("Waterloopleinbuurt", buurt.Name);
        Assert.Equal(AreaCode.Parse("WK0363AF"), buurt.Wijk);
        Assert.Equal(AreaCode.Parse("GM0363"), buurt.Gemeente);
        Assert.Equal(AreaCode.Parse("PV27"), buurt.Provincie);
        var wijk = _batch.Area("WK0363AF", 2024);
        Assert.Equal("Nieuwmarkt/Lastage", wijk.Name);
        Assert.Equal(AreaCode.Parse("GM0363"), wijk.Gemeente);
        Assert.Equal(900, _batch.Value("BU0363AF09", "population", 2024));
    }

    [Fact]
    public void Every_buurt_wijk_exists_in_the_batch()
    {
        var buurten = _batch.Areas.Values.Where(a => a.Level == AreaLevel.Buurt).ToList();
        Assert.All(buurten, b => Assert.True(_batch.Areas.ContainsKey((b.Wijk!.Value, 2024)), $"{b.Code}: wijk {b.Wijk} missing"));
        Assert.All(buurten, b => Assert.Equal(b.Code.GemeenteByCode(), b.Gemeente));
    }
}

namespace Leefbaar.Model.Tests.RealData;

/// <summary>
/// The CBS PC4 (cbs-pc4-2023) and KiM Atlas van de auto (kim-auto-pc4) inputs, checked against numbers read by
/// hand from the real files: a buurt takes the values of its most frequent postcode.
/// </summary>
[Collection(RealDataCollection.Name)]
public class PostcodeInputTests(RealDataFixture fixture)
{
    /// <summary>The value of a derived column for the first buurt whose most frequent postcode is <paramref name="pc4"/>.</summary>
    private double ValueFor(int pc4, string indicator)
    {
        var t = fixture.Table;
        var main = t.Column("main_pc4")!;
        var row = Enumerable.Range(0, t.Count).First(i => main[i] == pc4);
        var column = t.Column(indicator);
        Assert.True(column is not null, $"{indicator} missing from the feature table");
        return column![row];
    }

    [Fact]
    public void Pc4_1011_construction_period_and_tenure_come_from_the_CBS_PC4_file()
    {
        // CBS_PC4.csv, pc4 1011: 6265 dwellings, 3380 built before 1945, 60 in 2015 or later, 70 % rented,
        // 2445 owned by housing associations, 615 uninhabited, 6070 multi-family.
        Assert.Equal(3380 / 6265.0, ValueFor(1011, "pc4_built_pre1945_share"), 1e-9);
        Assert.Equal(60 / 6265.0, ValueFor(1011, "pc4_built_2015_later_share"), 1e-9);
        Assert.Equal(6070 / 6265.0, ValueFor(1011, "pc4_multifamily_share"), 1e-9);
        Assert.Equal(100 * 2445 / 6265.0, ValueFor(1011, "pc4_corporation_pct"), 1e-9);
        Assert.Equal(70 - 100 * 2445 / 6265.0, ValueFor(1011, "pc4_private_rent_pct"), 1e-9);
        Assert.Equal(615 / 6265.0, ValueFor(1011, "pc4_uninhabited_share"), 1e-9);
        Assert.Equal(1.5, ValueFor(1011, "pc4_household_size"), 1e-9);
    }

    [Fact]
    public void A_suppressed_CBS_count_counts_as_zero_when_the_postcode_has_dwellings()
    {
        // pc4 1054: aantal_woningen_bouwjaar_15_en_later is empty (suppressed, < 5) while the postcode has dwellings.
        var t = fixture.Table;
        var main = t.Column("main_pc4")!;
        if (!main.Contains(1054)) return; // 1054 is the most frequent postcode of some Amsterdam buurt in KWB 2024
        Assert.Equal(0, ValueFor(1054, "pc4_built_2015_later_share"));
    }

    [Fact]
    public void Pc4_1011_car_density_and_job_accessibility_are_imported_from_the_KiM_file()
    {
        // KIM.csv, pc4 1011: cars_per_km2 1988.64, cars_per_household 0.308599, jobs by bicycle 39570.6,
        // by public transport 149099, by car 349760. Imported for experiments; not default inputs (no LOPO gain).
        var kim = fixture.Store.ObservationsOfLevel("pc4").Where(o => o.Code == "1011" && o.Indicator.StartsWith("kim_", StringComparison.Ordinal))
            .ToDictionary(o => o.Indicator, o => o.Value);
        Assert.Equal(1988.64, kim["kim_cars_per_km2"], 1e-9);
        Assert.Equal(0.308599, kim["kim_cars_per_household"], 1e-9);
        Assert.Equal(39570.6, kim["kim_job_availability_bicycle"], 1e-9);
        Assert.Equal(149099, kim["kim_job_availability_public_transport"], 1e-9);
        Assert.Equal(349760, kim["kim_job_availability_car"], 1e-9);
        // The malformed proportion_gasoline ('0..8') and the garbage body_other are skipped by the manifest.
        Assert.DoesNotContain("kim_proportion_gasoline", kim.Keys);
        Assert.DoesNotContain("kim_body_other", kim.Keys);
    }

    [Fact]
    public void The_origin_columns_of_the_CBS_PC4_file_are_never_imported()
    {
        var pc4 = fixture.Store.ObservationsOfLevel("pc4");
        Assert.Contains(pc4, o => o.Indicator == "cbs4_aantal_woningen");
        Assert.DoesNotContain(pc4, o => o.Indicator.Contains("herkomst", StringComparison.Ordinal) || o.Indicator.Contains("herkmst", StringComparison.Ordinal));
    }
}

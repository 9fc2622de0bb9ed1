using Leefbaar.App.AreaSets;
using Leefbaar.App.Tests.Reports;
using Leefbaar.Core.Errors;
using Leefbaar.TestSupport;

namespace Leefbaar.App.Tests.AreaSets;

/// <summary>The shipped NPRZ set and a model-scored set on the real store, checked against SQL over the store's own tables.</summary>
[Collection(ReportStoreCollection.Name)]
public sealed class AreaSetTests(ReportStoreFixture fx)
{
    private static string Shipped(string name) => Path.Combine(SharedData.RepositoryRoot(), "data-sets", name);

    private (double Afw, double ShareWeak, double Inhabitants) Sql(string table, string release, IEnumerable<string> codes)
    {
        var list = string.Join(',', codes.Select(c => $"'{c}'"));
        var filter = table == "official_scores" ? "AND s.dev_class IS NULL" : "";
        return fx.Store.Query($"""
            SELECT sum(w.weight * s.afw) / sum(w.weight), sum(CASE WHEN s.k_total <= 4 THEN w.weight ELSE 0 END) / sum(w.weight), sum(w.weight)
            FROM {table} s JOIN model_scores w ON w.code = s.code AND w.level = 'buurt' AND w.release = $model AND w.year = 2024
            WHERE s.release = $release AND s.level = 'buurt' AND s.year = 2024 {filter} AND s.code IN ({list})
            """, r => (r.GetDouble(0), r.GetDouble(1), r.GetDouble(2)), ("model", fx.ModelRelease), ("release", release)).Single();
    }

    [Fact]
    public void The_2007_aandachtswijken_map_to_133_buurten_in_seventeen_gemeenten_and_summarise_as_sql_does()
    {
        var set = AreaSetService.Add(fx.Store, Shipped("aandachtswijken-2007.csv"), new DateTime(2026, 12, 3));
        Assert.Equal(133, set.Members.Count);
        Assert.Equal(17, set.Members.Select(m => m.Code[2..6]).Distinct().Count());
        Assert.Contains(set.Members, m => m is { Code: "BU07727250", Entry: "BU07727250" }); // Bennekel-West, Gagelbosch: by code (a comma in its name)
        // Den Haag Zuidwest: every buurt of CBS wijk 33 Bouwlust (Bouwlust and Vrederust) is in the set.
        var haag = fx.Store.Areas("buurt", set.Division, "GM0518").ToDictionary(a => a.Code);
        var bouwlust = haag[set.Members.First(m => m.Entry == "Wijk 33 Bouwlust").Code].Wijk;
        Assert.All(haag.Values.Where(a => a.Wijk == bouwlust), b => Assert.Contains(set.Members, m => m.Code == b.Code));

        // Some members (new buurten of 2024) have no official score, so the model scores them all.
        var r = AreaSetService.Report(fx.Store, "aandachtswijken-2007", "model", fx.ModelRelease);
        Assert.Equal("model", r.Source);
        var (afw, weak, inhabitants) = Sql("model_scores", fx.ModelRelease, set.Members.Select(m => m.Code));
        Assert.Equal(afw, r.Summary.Set.Afw, 9);
        Assert.Equal(weak, r.Summary.Set.ShareWeak, 9);
        Assert.Equal(inhabitants, r.Summary.Set.Inhabitants, 6);
        Assert.True(r.Summary.Set.Afw < r.Summary.Ring.Afw && r.Summary.Ring.Afw < r.Summary.Nederland.Afw,
            $"set {r.Summary.Set.Afw:0.000} < ring {r.Summary.Ring.Afw:0.000} < Nederland {r.Summary.Nederland.Afw:0.000}");
    }

    [Fact]
    public void The_nplv_focus_areas_map_nine_of_twenty_areas_to_197_buurten_and_summarise_as_sql_does()
    {
        var set = AreaSetService.Add(fx.Store, Shipped("nplv-focusgebieden.csv"), new DateTime(2026, 12, 3));
        Assert.Equal(197, set.Members.Count);
        Assert.Equal(["GM0344", "GM0363", "GM0518", "GM0599", "GM0606", "GM0622", "GM0758"], set.Members.Select(m => "GM" + m.Code[2..6]).Distinct().Order());
        // Amsterdam Zuidoost and Nieuw-West: every buurt of the wijken with stadsdeel letter T or F, and no other Amsterdam buurt.
        var amsterdam = fx.Store.Areas("buurt", set.Division, "GM0363").ToList();
        var expected = amsterdam.Where(b => b.Wijk is { } w && (w.StartsWith("WK0363T", StringComparison.Ordinal) || w.StartsWith("WK0363F", StringComparison.Ordinal)))
            .Select(b => b.Code).Order().ToList();
        Assert.Equal(expected, set.Members.Where(m => m.Code.StartsWith("BU0363", StringComparison.Ordinal)).Select(m => m.Code).Order().ToList());

        var r = AreaSetService.Report(fx.Store, "nplv-focusgebieden", "model", fx.ModelRelease);
        var (afw, weak, inhabitants) = Sql("model_scores", fx.ModelRelease, set.Members.Select(m => m.Code));
        Assert.Equal(afw, r.Summary.Set.Afw, 9);
        Assert.Equal(weak, r.Summary.Set.ShareWeak, 9);
        Assert.Equal(inhabitants, r.Summary.Set.Inhabitants, 6);
        Assert.True(r.Summary.Set.Afw < r.Summary.RestOfGemeenten.Afw, "the focus areas score below the rest of their gemeenten");
    }

    [Fact]
    public void The_nprz_focus_areas_map_to_their_seven_buurten_and_summarise_as_sql_does()
    {
        var set = AreaSetService.Add(fx.Store, Shipped("nprz-focuswijken.csv"), new DateTime(2026, 12, 3));
        Assert.Equal(7, set.Members.Count);
        var names = fx.Store.Areas("buurt", set.Division, "GM0599").ToDictionary(a => a.Code, a => a.Name);
        Assert.All(set.Members, m => Assert.Equal(AreaSetResolver.Fold(m.Entry), AreaSetResolver.Fold(names[m.Code])));
        Assert.Contains(set.Members, m => m is { Code: "BU05991571", Entry: "Tarwewijk" });

        var r = AreaSetService.Report(fx.Store, "nprz-focuswijken");
        Assert.Equal("official", r.Source); // all seven have official LBM 3.0 scores
        var (afw, weak, inhabitants) = Sql("official_scores", r.Release, set.Members.Select(m => m.Code));
        Assert.Equal(afw, r.Summary.Set.Afw, 9);
        Assert.Equal(weak, r.Summary.Set.ShareWeak, 9);
        Assert.Equal(inhabitants, r.Summary.Set.Inhabitants, 6);
        Assert.Equal(inhabitants, r.Summary.Set.ResidentsPerClass.Sum(), 6);

        // The ring: outside the set, every one touching a member, and summarised as SQL does.
        Assert.NotEmpty(r.Ring);
        Assert.DoesNotContain(r.Ring, c => set.Members.Any(m => m.Code == c));
        var shapes = fx.Store.Geometries("buurt", set.Division);
        Assert.All(r.Ring, c => Assert.Contains(set.Members, m => shapes[m.Code].Distance(shapes[c]) <= 1.0));
        var scoredRing = r.Ring.Where(c => fx.Store.OfficialScores(r.Release, "buurt", 2024).Any(o => o.Code == c && o.Afw is not null)).ToList();
        Assert.Equal(Sql("official_scores", r.Release, scoredRing).Afw, r.Summary.Ring.Afw, 9);
        Assert.True(r.Summary.Set.Afw < r.Summary.RestOfGemeenten.Afw, "the focus areas score below the rest of Rotterdam");

        // The postcode series: each member's main postcode weighted by its residents, recomputed in SQL for every year.
        Assert.NotNull(r.TrendRelease);
        var list = string.Join(',', set.Members.Select(m => $"'{m.Code}'"));
        var expected = fx.Store.Query($"""
            WITH w AS (
                SELECT lpad(CAST(CAST(o.value AS INTEGER) AS VARCHAR), 4, '0') AS pc4, sum(m.weight) AS weight
                FROM observations o JOIN model_scores m ON m.code = o.code AND m.level = 'buurt' AND m.release = $model AND m.year = 2024
                WHERE o.indicator = 'main_pc4' AND o.level = 'buurt' AND o.division_year = $division AND o.code IN ({list}) GROUP BY 1)
            SELECT s.year, sum(w.weight * s.afw) / sum(w.weight) FROM official_scores s JOIN w ON w.pc4 = s.code
            WHERE s.release = $release AND s.level = 'pc4' AND s.afw IS NOT NULL AND s.dev_class IS NULL GROUP BY 1 ORDER BY 1
            """, q => (q.GetInt32(0), q.GetDouble(1)), ("model", fx.ModelRelease), ("division", set.Division), ("release", r.TrendRelease));
        Assert.True(expected.Count >= 5, $"{expected.Count} years");
        Assert.Equal(expected.Select(e => e.Item1), r.Trend.Where(t => t.Set is not null).Select(t => t.Year));
        foreach (var (year, afwOfYear) in expected) Assert.Equal(afwOfYear, r.Trend.Single(t => t.Year == year).Set!.Value, 9);
    }

    [Fact]
    public void A_set_in_a_province_without_official_scores_uses_the_model()
    {
        using var dir = new TempDir();
        var file = dir.File("emmen.csv");
        File.WriteAllText(file, "# id: emmen-test\n# name: Angelslo en Emmerhout\n# source: test\nentry,gemeente\nAngelslo,GM0114\nEmmerhout,GM0114\n");
        var set = AreaSetService.Add(fx.Store, file, DateTime.UtcNow);
        Assert.NotEmpty(set.Members);
        var r = AreaSetService.Report(fx.Store, "emmen-test");
        Assert.Equal("model", r.Source);
        Assert.Equal(fx.ModelRelease, r.Release);
        Assert.Equal(Sql("model_scores", fx.ModelRelease, set.Members.Select(m => m.Code)).Afw, r.Summary.Set.Afw, 9);
        Assert.Empty(r.Summary.MissingScores);
    }

    [Theory]
    [InlineData("# id: x\n# name: X\nentry,gemeente\nBU05991571,\n", "# source")]
    [InlineData("# id: x\n# name: X\n# source: s\nentry,gemeente\nTarwewijk,GM0599\nAtlantis,GM0599\n", "line 6, field 'entry'")]
    [InlineData("# id: x\n# name: X\n# source: s\nentry,gemeente\nTarwewijk,Rotterdam\n", "line 5, field 'gemeente'")]
    [InlineData("# id: x\n# name: X\n# source: s\nTarwewijk,GM0599\n", "line 4, field 'header'")]
    public void Bad_set_files_name_the_line_and_field_and_store_nothing(string text, string mentioned)
    {
        using var dir = new TempDir();
        var file = dir.File("bad.csv");
        File.WriteAllText(file, text);
        var e = Assert.ThrowsAny<Exception>(() => AreaSetService.Add(fx.Store, file, DateTime.UtcNow));
        Assert.True(e is InvalidInputException or NotFoundException, e.GetType().Name);
        Assert.Contains("bad.csv", e.Message);
        Assert.Contains(mentioned, e.Message);
        Assert.DoesNotContain(fx.Store.AreaSets(), s => s.Id == "x");
    }
}

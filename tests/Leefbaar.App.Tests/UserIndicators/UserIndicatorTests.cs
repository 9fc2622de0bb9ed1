using Leefbaar.App.Serving;
using Leefbaar.App.UserIndicators;
using Leefbaar.Core.Errors;
using Leefbaar.Data.Demo;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;
using Leefbaar.TestSupport;

namespace Leefbaar.App.Tests.UserIndicators;

/// <summary>A gemeente's own indicators on a fresh synthetic store: stored with their source, named in the serving snapshot, refused when prohibited or malformed.</summary>
public sealed class UserIndicatorTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly LeefbaarStore _store;
    private readonly List<string> _buurten;
    private int _files;

    public UserIndicatorTests()
    {
        _store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        _store.ReplaceDataset("demo-synthetic", "demo", ["(generated)"], "seed-1", DemoDatasetGenerator.Generate(1));
        _buurten = _store.AllAreasNewestDivision().Where(a => a.Level == "buurt").Select(a => a.Code).Order(StringComparer.Ordinal).Take(3).ToList();
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private string Catalogue(string nl = "Meldingen woonoverlast", string code = "user_overlast_meldingen", string licence = "CC BY 4.0")
    {
        var file = _dir.File($"catalogue-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, $$"""
            [{"indicator": {"code": "{{code}}", "nl": "{{nl}}", "en": "Residential nuisance reports", "unit": "per 1000 inwoners",
              "source": "Gemeente Demo, meldingen 2024", "dimension": "onv", "direction": -1}, "licence": "{{licence}}"}]
            """);
        return file;
    }

    private string Values(params string[] rows)
    {
        var file = _dir.File($"overlast-{++_files}.csv");
        File.WriteAllText(file, "area;indicator;value\n" + string.Join('\n', rows) + "\n");
        return file;
    }

    [Fact]
    public void Values_round_trip_with_their_source_and_the_snapshot_names_them()
    {
        var csv = Values($"{_buurten[0]};user_overlast_meldingen;41,5", $"{_buurten[1]};user_overlast_meldingen;33", $"{_buurten[2]};user_overlast_meldingen;");
        var (indicators, count) = UserIndicatorService.Add(_store, csv, Catalogue(), 2024, DateTime.UtcNow);
        Assert.Equal(2, count); // the empty cell is a missing value, not zero
        var stored = _store.AllObservations().Where(o => o.Indicator == "user_overlast_meldingen").OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        Assert.Equal([41.5, 33.0], stored.Select(o => o.Value));
        Assert.All(stored, o => Assert.Equal("Gemeente Demo, meldingen 2024", o.Source));
        Assert.All(stored, o => Assert.Equal(2024, o.Year));

        var definition = Assert.Single(UserIndicatorService.List(_store)).Definition;
        Assert.Equal(IndicatorRole.User, definition.Role);
        var snapshot = StoreSnapshot.Read(_store.FilePath);
        Assert.Equal("Meldingen woonoverlast", snapshot.Catalogue.Get("user_overlast_meldingen").NameNl);
        Assert.Equal(IndicatorCatalogue.Default.All.Count + 1, snapshot.Catalogue.All.Count);
        Assert.Equal(indicators[0].Dataset, _store.Datasets().Single(d => d.Id.StartsWith("user-", StringComparison.Ordinal)).Id);
    }

    [Theory]
    [InlineData("Aandeel inwoners met migratieachtergrond", "user_aandeel_x", "migratie")]
    [InlineData("Nationaliteit van bewoners", "user_aandeel_y", "nationalit")]
    [InlineData("Aandeel niet-westerse bewoners", "user_aandeel_z", "westers")]
    [InlineData("Aandeel", "user_herkomst_turks", "herkomst")]
    [InlineData("Meldingen", "crime_per_1000", "must start with 'user_'")]
    [InlineData("Meldingen", "user_x", "CC BY")] // licence checked below
    public void Prohibited_or_malformed_entries_are_refused_and_nothing_is_stored(string nl, string code, string mentioned)
    {
        var licence = mentioned == "CC BY" ? "" : "CC BY 4.0";
        var e = Assert.Throws<InvalidInputException>(() =>
            UserIndicatorService.Add(_store, Values($"{_buurten[0]};{code};1"), Catalogue(nl, code, licence), 2024, DateTime.UtcNow));
        Assert.Contains(mentioned == "CC BY" ? "licence" : mentioned, e.Message);
        Assert.Empty(UserIndicatorService.List(_store));
        Assert.DoesNotContain(_store.AllObservations(), o => o.Indicator.StartsWith("user_", StringComparison.Ordinal) || o.Indicator == code && o.Source.Contains("Demo"));
    }

    [Fact]
    public void A_bad_value_names_the_file_line_and_field()
    {
        var csv = Values($"{_buurten[0]};user_overlast_meldingen;12", $"{_buurten[1]};user_overlast_meldingen;veel");
        var e = Assert.Throws<InvalidInputException>(() => UserIndicatorService.Add(_store, csv, Catalogue(), 2024, DateTime.UtcNow));
        Assert.Contains(Path.GetFileName(csv), e.Message);
        Assert.Contains("line 3", e.Message);
        Assert.Contains("value", e.Message);
        Assert.Empty(UserIndicatorService.List(_store));
    }

    [Fact]
    public void An_unknown_area_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => UserIndicatorService.Add(_store, Values("BU99999999;user_overlast_meldingen;1"), Catalogue(), 2024, DateTime.UtcNow));
        Assert.Contains("BU99999999", e.Message);
    }

    [Fact]
    public void A_release_using_a_user_indicator_is_refused_unless_it_is_a_user_release()
    {
        var catalogue = IndicatorCatalogue.From(IndicatorCatalogue.Default.All.Append(new IndicatorDefinition
            { Code = "user_overlast_meldingen", NameNl = "Meldingen", NameEn = "Reports", Dimension = "onv", Role = IndicatorRole.User }));
        var published = ReleaseJson.Load(Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot(), "releases"), "leefbaar-lbm3-2024-default-*.json").Order().Last(), IndicatorCatalogue.Default);
        var term = published.Terms[0];
        var withUser = published with { Terms = [.. published.Terms, term with { Spec = term.Spec with { Indicator = "user_overlast_meldingen" } }] };
        var e = Assert.Throws<ReleaseRejectedException>(() => ReleaseChecks.Terms(withUser, catalogue));
        Assert.Contains("user-defined", e.Message);
        ReleaseChecks.Terms(withUser with { Variant = ReleaseChecks.UserVariant }, catalogue); // accepted as a user release
        Assert.Throws<ReleaseRejectedException>(() => ReleaseChecks.Terms(withUser with { Variant = ReleaseChecks.UserVariant }, IndicatorCatalogue.Default));
    }
}

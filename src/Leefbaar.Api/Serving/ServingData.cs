using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using Leefbaar.App.Serving;

namespace Leefbaar.Api.Serving;

/// <summary>
/// Everything the API answers from, read once from a read-only store at start-up and then shared by all requests.
/// The store is small (tens of thousands of areas) and immutable while served, so an in-memory snapshot avoids
/// DuckDB's per-connection locking and keeps a profile lookup to dictionary reads.
/// </summary>
public sealed class ServingData
{
    private static readonly IReadOnlyList<ServedOfficialScore> NoOfficial = [];
    private static readonly IReadOnlyList<ServedModelScore> NoModel = [];
    private static readonly IReadOnlyList<ServedObservation> NoObservations = [];
    private static readonly IReadOnlyList<ServedContribution> NoContributions = [];

    /// <summary>The store file served.</summary>
    public required string StorePath { get; init; }

    /// <summary>The file the lazy readers (tiles, analysis, reports) open: the private copy `serve` took, else <see cref="StorePath"/>.</summary>
    public string ReadPath { get => _readPath ?? StorePath; init => _readPath = value; }
    private readonly string? _readPath;

    /// <summary>True for the synthetic demo store.</summary>
    public required bool IsDemo { get; init; }

    /// <summary>Areas by code (newest division).</summary>
    public required IReadOnlyDictionary<string, AreaRow> Areas { get; init; }

    /// <summary>Official scores by code, ordered by release and year.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ServedOfficialScore>> Official { get; init; }

    /// <summary>Model scores by code, ordered by release and year.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ServedModelScore>> Model { get; init; }

    /// <summary>Indicator values by code.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ServedObservation>> Observations { get; init; }

    /// <summary>Model contributions by code.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ServedContribution>> Contributions { get; init; }

    /// <summary>Model releases, newest first.</summary>
    public required IReadOnlyList<ServedModelRelease> Releases { get; init; }

    /// <summary>The indicator catalogue with the store's user indicators (role User).</summary>
    public required Leefbaar.Model.Catalogue.IndicatorCatalogue Catalogue { get; init; }

    /// <summary>Score tables per level, year and source, for bulk output, tiles and national references.</summary>
    public required ScoreTables Scores { get; init; }

    /// <summary>The search index over names and codes.</summary>
    public required AreaSearch Search { get; init; }

    /// <summary>When the snapshot was read.</summary>
    public DateTimeOffset LoadedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Official scores of an area (empty when none).</summary>
    public IReadOnlyList<ServedOfficialScore> OfficialOf(string code) => Official.GetValueOrDefault(code, NoOfficial);

    /// <summary>Model scores of an area (empty when none or no model fitted).</summary>
    public IReadOnlyList<ServedModelScore> ModelOf(string code) => Model.GetValueOrDefault(code, NoModel);

    /// <summary>Indicator values of an area.</summary>
    public IReadOnlyList<ServedObservation> ObservationsOf(string code) => Observations.GetValueOrDefault(code, NoObservations);

    /// <summary>Model contributions of an area.</summary>
    public IReadOnlyList<ServedContribution> ContributionsOf(string code) => Contributions.GetValueOrDefault(code, NoContributions);

    /// <summary>Reads the snapshot from a store file opened read-only; <paramref name="shownPath"/> is the store it was copied from, if any.</summary>
    public static ServingData Load(string storePath, string? shownPath = null)
    {
        var snapshot = StoreSnapshot.Read(storePath);
        var areas = snapshot.Areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var official = Group(snapshot.Official, r => r.Code);
        var model = Group(snapshot.Model, r => r.Code);
        var observations = Group(snapshot.Observations, r => r.Code);
        return new ServingData
        {
            StorePath = shownPath is null ? snapshot.StorePath : Path.GetFullPath(shownPath),
            ReadPath = snapshot.StorePath,
            IsDemo = snapshot.IsDemo,
            Areas = areas,
            Official = official,
            Model = model,
            Observations = observations,
            Contributions = Group(snapshot.Contributions, r => r.Code),
            Releases = snapshot.Releases,
            Catalogue = snapshot.Catalogue,
            Scores = ScoreTables.Build(official, model, observations),
            Search = new AreaSearch(areas.Values, MainPostcodes(areas, observations)),
        };
    }

    /// <summary>The gemeente of an area: its recorded parent, else the one implied by its code.</summary>
    public string? GemeenteOf(AreaRow area) =>
        area.Gemeente ?? (AreaCode.TryParse(area.Code, out var c) ? c.GemeenteByCode()?.Value : null);

    /// <summary>The provincie of an area: its recorded one, else its gemeente's.</summary>
    public string? ProvincieOf(AreaRow area) =>
        area.Provincie ?? (GemeenteOf(area) is { } gm && gm != area.Code && Areas.TryGetValue(gm, out var g) ? g.Provincie : null);

    // Each buurt's most frequent postcode (indicator main_pc4, newest year) as four digits.
    private static Dictionary<string, string> MainPostcodes(Dictionary<string, AreaRow> areas, Dictionary<string, IReadOnlyList<ServedObservation>> observations)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in areas.Values.Where(a => a.Level == LevelName.Buurt))
            if (observations.TryGetValue(area.Code, out var rows) && rows.Where(o => o.Indicator == "main_pc4").MaxBy(o => o.Year) is { } main)
                result[area.Code] = ((int)main.Value).ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
        return result;
    }

    private static Dictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> rows, Func<T, string> key) =>
        rows.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToArray(), StringComparer.Ordinal);
}

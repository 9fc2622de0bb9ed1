using Leefbaar.Core.Areas;
using Leefbaar.Core.Releases;
using Leefbaar.Core.ReadModels;

namespace Leefbaar.Api.Serving;

/// <summary>
/// Score layers per source, level and year. Where several releases score the same level and year (e.g. a 2022
/// wijk in both the 2022 release and the LBM 2.0 series), the newest release wins: it is the one with the latest
/// measurement year, then the highest name.
/// </summary>
public sealed class ScoreTables
{
    private readonly Dictionary<(string Source, string Level, int Year), ScoreLayer> _layers = new();

    /// <summary>The levels that can be drawn and listed in bulk.</summary>
    public IEnumerable<(string Source, string Level, int Year, string Release, int Count)> Summary() =>
        _layers.Values.OrderBy(l => l.Source).ThenBy(l => l.Level).ThenBy(l => l.Year).Select(l => (l.Source, l.Level, l.Year, l.Release, l.ByCode.Count));

    /// <summary>The layer of a source, level and year, or null.</summary>
    public ScoreLayer? Layer(string source, string level, int year) => _layers.GetValueOrDefault((source, level, year));

    /// <summary>Years with scores for a source and level, ascending.</summary>
    public IReadOnlyList<int> Years(string source, string level) =>
        _layers.Keys.Where(k => k.Source == source && k.Level == level).Select(k => k.Year).Order().ToArray();

    /// <summary>The newest year with scores for a source and level, or null.</summary>
    public int? LatestYear(string source, string level) => Years(source, level) is { Count: > 0 } ys ? ys[^1] : null;

    /// <summary>The newest year with scores for a source at any of the given levels, or null.</summary>
    public int? LatestYear(string source, IEnumerable<string> levels) => levels.Select(l => LatestYear(source, l)).Max();

    /// <summary>The Nederland reference of a release and year, or null.</summary>
    public NationalReference? National(string release, int year) =>
        _layers.Values.Where(l => l.Release == release && l.Year == year && l.National is not null)
            .Select(l => l.National).FirstOrDefault();

    /// <summary>Builds the layers from the grouped store rows.</summary>
    public static ScoreTables Build(
        IReadOnlyDictionary<string, IReadOnlyList<ServedOfficialScore>> official,
        IReadOnlyDictionary<string, IReadOnlyList<ServedModelScore>> model,
        IReadOnlyDictionary<string, IReadOnlyList<ServedObservation>> observations)
    {
        var all = new List<(string Code, string Level, ScoreValues Score)>();
        foreach (var rows in official.Values) foreach (var r in rows) all.Add((r.Code, r.Level, ScoreValues.From(r)));
        foreach (var rows in model.Values) foreach (var r in rows) all.Add((r.Code, r.Level, ScoreValues.From(r)));
        var newestYear = all.GroupBy(x => x.Score.Release).ToDictionary(g => g.Key, g => g.Max(x => x.Score.Year));
        var tables = new ScoreTables();
        foreach (var group in all.GroupBy(x => (x.Score.Source, x.Level, x.Score.Year)))
        {
            var release = ReleasePrecedence.Newest(group.Select(x => x.Score.Release).Distinct().Select(r => (r, newestYear[r])))!;
            var byCode = new Dictionary<string, ScoreValues>(StringComparer.Ordinal);
            foreach (var x in group.Where(x => x.Score.Release == release)) byCode[x.Code] = x.Score;
            tables._layers[group.Key] = new ScoreLayer(group.Key.Source, group.Key.Level, group.Key.Year, release, byCode);
        }
        double? Population(string code) => observations.TryGetValue(code, out var obs)
            ? obs.Where(o => o.Indicator == "population").OrderByDescending(o => o.Year).Select(o => (double?)o.Value).FirstOrDefault()
            : null;
        // The reference of a release and year is computed on its finest level: buurt before wijk, pc4, gemeente.
        string[] finestFirst = [LevelName.Buurt, LevelName.Pc4, LevelName.Wijk, LevelName.Gemeente, LevelName.Provincie, LevelName.Land];
        foreach (var byRelease in tables._layers.Values.GroupBy(l => (l.Release, l.Year)))
        {
            var finest = byRelease.OrderBy(l => Array.IndexOf(finestFirst, l.Level) is var i and >= 0 ? i : 99).First();
            var reference = NationalReference.Compute(finest, Population);
            foreach (var layer in byRelease) layer.National = reference;
        }
        return tables;
    }
}

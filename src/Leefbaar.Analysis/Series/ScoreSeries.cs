using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
using Leefbaar.Analysis.Inputs;

namespace Leefbaar.Analysis.Series;

/// <summary>
/// The scores of ONE release at one level over all its years, official or model. Every statistic reads one
/// series, so values of different releases (2024, the 2022 PC4 series, LBM 2.0, a model release) never mix.
/// </summary>
public sealed class ScoreSeries
{
    /// <summary>The release id ("lbm3-2024", "lbm3-2022", "lbm2" or a model release id).</summary>
    public string Release { get; }

    /// <summary>"official" or "model".</summary>
    public string Source { get; }

    /// <summary>The area level.</summary>
    public string Level { get; }

    /// <summary>Measurement years, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Scores by code and year.</summary>
    public IReadOnlyDictionary<(string Code, int Year), ReleaseScoreRow> Rows { get; }

    private ScoreSeries(string release, string source, string level, IReadOnlyList<ReleaseScoreRow> rows)
    {
        (Release, Source, Level) = (release, source, level);
        Rows = rows.ToDictionary(r => (r.Code, r.Year));
        Years = rows.Select(r => r.Year).Distinct().Order().ToList();
    }

    /// <summary>Loads a release's scores at a level; fails with the releases that do exist there when it has none.</summary>
    public static ScoreSeries Load(IAnalysisData data, string release, string level)
    {
        var source = data.ReleaseSource(release);
        var rows = source is null ? [] : data.ReleaseScores(release, level);
        if (rows.Count == 0)
        {
            var known = data.ReleasesAt(level);
            throw new NotFoundException($"No scores of release '{release}' at level {level}; releases at this level: " +
                                                (known.Count == 0 ? "none" : string.Join(", ", known)) + ".");
        }
        return new ScoreSeries(release, source!, level, rows);
    }

    /// <summary>True when some classes were derived from afw rather than published (see <see cref="WithDerivedClasses"/>).</summary>
    public bool DerivedClasses { get; private init; }

    /// <summary>
    /// The same series where a row without a published class but with afw gets the class of afw under the release
    /// family's boundaries (the LBM 3.0 PC4 series publishes afw only; its scale and boundaries are those of LBM 3.0).
    /// Published classes are never replaced.
    /// </summary>
    public ScoreSeries WithDerivedClasses(IReadOnlyList<double>? boundaries)
    {
        if (boundaries is not { Count: 8 } || !Rows.Values.Any(r => r.KTotal is null && r.Afw is not null)) return this;
        var b = boundaries.ToArray();
        var rows = Rows.Values.Select(r => r.KTotal is null && r.Afw is { } afw ? r with { KTotal = Leefbaar.Core.Scores.ScoreClass.Classify(afw, b) } : r).ToList();
        return new ScoreSeries(Release, Source, Level, rows) { DerivedClasses = true };
    }

    /// <summary>The official release that holds scores for a level and year (newest release id first), for defaults.</summary>
    public static string DefaultRelease(IAnalysisData data, string level, int? year)
    {
        var found = data.NewestOfficialRelease(level, year);
        return found ?? throw new NotFoundException(
            $"No official scores at level {level}{(year is null ? "" : $" in {year}")}; pass --release.");
    }

    /// <summary>The codes scored in a year.</summary>
    public IEnumerable<string> CodesIn(int year) => Rows.Keys.Where(k => k.Year == year).Select(k => k.Code).Order(StringComparer.Ordinal);

    /// <summary>Fails unless the year is one of the series' measurement years.</summary>
    public int RequireYear(int year) => Years.Contains(year) ? year
        : throw new NotFoundException($"Release {Release} at level {Level} has no measurement {year}; years: {string.Join(", ", Years)}.");

    /// <summary>A measure's value of an area in a year, or null.</summary>
    public double? Value(string code, int year, Measure measure) =>
        Rows.TryGetValue((code, year), out var r) ? measure.Of(r, Release) : null;

    /// <summary>The total class 1–9 of an area in a year, or null when the release publishes none.</summary>
    public int? Class(string code, int year) => Rows.TryGetValue((code, year), out var r) ? r.KTotal : null;

    /// <summary>True when the release publishes total classes in that year.</summary>
    public bool HasClasses(int year) => Rows.Values.Any(r => r.Year == year && r.KTotal is not null);
}

namespace Leefbaar.Api.Serving;

/// <summary>All scores of one source, level and year from one release, with the national reference of that release and year.</summary>
public sealed class ScoreLayer(string source, string level, int year, string release, IReadOnlyDictionary<string, ScoreValues> byCode)
{
    /// <summary>"official" or "model".</summary>
    public string Source { get; } = source;

    /// <summary>Area level.</summary>
    public string Level { get; } = level;

    /// <summary>Measurement year.</summary>
    public int Year { get; } = year;

    /// <summary>The one release these scores come from (releases are never mixed).</summary>
    public string Release { get; } = release;

    /// <summary>Scores by area code.</summary>
    public IReadOnlyDictionary<string, ScoreValues> ByCode { get; } = byCode;

    /// <summary>Codes in order, for stable paging.</summary>
    public IReadOnlyList<string> Codes { get; } = byCode.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The Nederland reference for this release and year (set once all layers exist).</summary>
    public NationalReference? National { get; internal set; }
}

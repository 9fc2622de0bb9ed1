using Leefbaar.Api.Serving;
using Leefbaar.Core.Areas;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Leefbaar.Api.Endpoints;

/// <summary>Validation of the query and route parameters the endpoints share; each returns a problem or the parsed value.</summary>
public static class Params
{
    /// <summary>The score sources.</summary>
    public static readonly string[] Sources = [ScoreValues.OfficialSource, ScoreValues.ModelSource];

    /// <summary>An area code in any accepted shape, canonicalised.</summary>
    public static ProblemHttpResult? Code(string? text, string parameter, out string code)
    {
        code = "";
        if (!AreaCode.TryParse(text, out var parsed))
            return Problems.BadRequest(parameter, text, "an area code: BU+8, WK+6, GM+4, PV20–PV31, NL00, a 4-digit PC4 or E####N####");
        code = parsed.Value;
        return null;
    }

    /// <summary>A level name among the allowed ones.</summary>
    public static ProblemHttpResult? Level(string? text, IReadOnlyCollection<string> allowed, out string level)
    {
        level = AreaLevels.TryParse(text, out var l) ? l.Name() : "";
        return allowed.Contains(level) ? null : Problems.BadRequest("level", text, "one of " + string.Join(", ", allowed));
    }

    /// <summary>A year, or "latest" resolved by <paramref name="latest"/>; absent means latest.</summary>
    public static ProblemHttpResult? Year(string? text, Func<int?> latest, out int? year)
    {
        year = null;
        if (string.IsNullOrWhiteSpace(text) || text.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            year = latest();
            return null;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && y is >= ApiLimits.MinYear and <= ApiLimits.MaxYear)
        {
            year = y;
            return null;
        }
        return Problems.BadRequest("year", text, $"'latest' or a year {ApiLimits.MinYear}–{ApiLimits.MaxYear}");
    }

    /// <summary>"official" (default) or "model".</summary>
    public static ProblemHttpResult? Source(string? text, out string source)
    {
        source = string.IsNullOrWhiteSpace(text) ? ScoreValues.OfficialSource : text.Trim().ToLowerInvariant();
        return Sources.Contains(source) ? null : Problems.BadRequest("source", text, "'official' or 'model'");
    }

    /// <summary>An integer within bounds, with a default when absent.</summary>
    public static ProblemHttpResult? Int(string? text, string parameter, int min, int max, int fallback, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
            return null;
        return Problems.BadRequest(parameter, text, $"an integer {min}–{max}");
    }
}

using Leefbaar.Core.Areas;
namespace Leefbaar.Api.Serving;

/// <summary>
/// The rows of a bulk score listing before paging: one layer's areas (optionally with the model's score where the
/// official layer has none), within a gemeente or provincie, in a stable order. Every row keeps its own source and
/// release, so a filled listing never passes a model score off as official.
/// </summary>
public sealed class ScoreSelection
{
    /// <summary>The sort keys: code, name, gemeente (its name), class (the total class), afw, a dimension or lbm.</summary>
    public static readonly string[] SortKeys = ["code", "name", LevelName.Gemeente, "class", "afw", "won", "fys", "vrz", "soc", "onv", "lbm"];

    /// <summary>The selected areas in order, each with the score shown for it.</summary>
    public required IReadOnlyList<(string Code, ScoreValues Score)> Rows { get; init; }

    /// <summary>How many rows came from the model layer because the official one had no score.</summary>
    public int Filled { get; init; }

    /// <summary>
    /// Selects from <paramref name="layer"/> (and <paramref name="fill"/> where it has no row), within
    /// <paramref name="gemeente"/> and <paramref name="provincie"/> when given, sorted by <paramref name="sort"/>
    /// (a key of <see cref="SortKeys"/>, descending with a leading '-'); missing values last, ties by code.
    /// </summary>
    public static ScoreSelection Of(ServingData data, ScoreLayer layer, ScoreLayer? fill, string? gemeente, string? provincie, string sort)
    {
        var rows = layer.Codes.Select(c => (Code: c, Score: layer.ByCode[c])).ToList();
        if (fill is not null) rows.AddRange(fill.Codes.Where(c => !layer.ByCode.ContainsKey(c)).Select(c => (c, fill.ByCode[c])));
        bool Keep(string code)
        {
            if (gemeente is null && provincie is null) return true;
            var area = data.Areas.GetValueOrDefault(code);
            if (gemeente is not null && code != gemeente && (area is null || data.GemeenteOf(area) != gemeente)) return false;
            if (provincie is not null && code != provincie && (area is null || data.ProvincieOf(area) != provincie)) return false;
            return true;
        }
        rows = rows.Where(r => Keep(r.Code)).ToList();
        return new ScoreSelection { Rows = Sort(data, rows, sort), Filled = rows.Count(r => !layer.ByCode.ContainsKey(r.Code)) };
    }

    private static List<(string Code, ScoreValues Score)> Sort(ServingData data, List<(string Code, ScoreValues Score)> rows, string sort)
    {
        var descending = sort.StartsWith('-');
        var key = descending ? sort[1..] : sort;
        string Name(string code) => data.Areas.GetValueOrDefault(code)?.Name ?? "";
        string GemeenteName(string code) =>
            data.Areas.GetValueOrDefault(code) is { } a && data.GemeenteOf(a) is { } gm ? data.Areas.GetValueOrDefault(gm)?.Name ?? gm : "";
        var byCode = rows.OrderBy(r => r.Code, StringComparer.Ordinal);
        if (key == "code") return (descending ? rows.OrderByDescending(r => r.Code, StringComparer.Ordinal) : byCode).ToList();
        if (key is "name" or LevelName.Gemeente)
        {
            var text = key == "name" ? (Func<string, string>)Name : GemeenteName;
            var comparer = StringComparer.InvariantCultureIgnoreCase;
            var ordered = descending ? rows.OrderByDescending(r => text(r.Code), comparer) : rows.OrderBy(r => text(r.Code), comparer);
            return ordered.ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        }
        double? Number(ScoreValues s) => key == "class" ? s.KTotal : s.Value(key);
        var withValue = rows.Where(r => Number(r.Score) is not null);
        var sorted = (descending ? withValue.OrderByDescending(r => Number(r.Score)) : withValue.OrderBy(r => Number(r.Score)))
            .ThenBy(r => r.Code, StringComparer.Ordinal);
        return sorted.Concat(rows.Where(r => Number(r.Score) is null).OrderBy(r => r.Code, StringComparer.Ordinal)).ToList();
    }
}

using Leefbaar.Core.ReadModels;

namespace Leefbaar.Analysis.Series;

/// <summary>
/// What a statistic is computed on: a continuous score column (afw, lbm or a dimension), the total class, or an
/// indicator from the observations table ("indicator:crime_per_1000").
/// </summary>
public sealed record Measure(string Name)
{
    /// <summary>The score columns a measure may name.</summary>
    public static readonly string[] ScoreColumns = ["afw", "lbm", "won", "fys", "vrz", "soc", "onv", "class"];

    /// <summary>The published constant C of the 2024 release (lbm = C + afw); that file carries afw only.</summary>
    public const double Lbm2024Constant = 4.0456;

    /// <summary>The indicator name when this measure reads the observations table, else null.</summary>
    public string? Indicator => Name.StartsWith("indicator:", StringComparison.Ordinal) ? Name["indicator:".Length..] : null;

    /// <summary>Parses "afw", "lbm", a dimension, "class" or "indicator:NAME".</summary>
    public static Measure Parse(string? text)
    {
        var t = (text ?? "afw").Trim();
        if (t.StartsWith("indicator:", StringComparison.Ordinal) && t.Length > "indicator:".Length) return new Measure(t);
        var lower = t.ToLowerInvariant();
        return ScoreColumns.Contains(lower) ? new Measure(lower)
            : throw new ArgumentException($"Unknown measure '{text}'; expected one of {string.Join(", ", ScoreColumns)} or indicator:NAME.");
    }

    /// <summary>The value of a score row (null when absent); lbm of the 2024 release is C + afw.</summary>
    public double? Of(ReleaseScoreRow r, string release) => Name switch
    {
        "afw" => r.Afw,
        "lbm" => r.Lbm ?? (release == "lbm3-2024" && r.Afw is { } a ? Lbm2024Constant + a : null),
        "won" => r.Won,
        "fys" => r.Fys,
        "vrz" => r.Vrz,
        "soc" => r.Soc,
        "onv" => r.Onv,
        "class" => r.KTotal,
        _ => null,
    };
}

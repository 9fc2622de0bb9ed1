using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;

namespace Leefbaar.App.Export;

/// <summary>
/// One area's score as every export writes it — the CLI's `score` and the API's /scores downloads alike — so a
/// CSV column or GeoJSON property means the same wherever the file came from. Null where the source has no value
/// (official rows have no interval, aggregates no P(zwak)).
/// </summary>
public sealed record ScoreExportRow(
    string Code, string Name, string? Gemeente, string Source, string Release, int Year,
    double? Afw, double? Won, double? Fys, double? Vrz, double? Soc, double? Onv, double? Lbm,
    int? KScore, int? KAfw, int? KWon, int? KFys, int? KVrz, int? KSoc, int? KOnv,
    bool? Reliable = null, double? AfwLower = null, double? AfwUpper = null,
    int? ClassLow = null, int? ClassHigh = null, double? PWeak = null)
{
    /// <summary>The column names in order: the public contract of every score CSV and of the GeoJSON properties.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "code", "name", LevelName.Gemeente, "source", "release", "year", "afw", "won", "fys", "vrz", "soc", "onv", "lbm",
        "kscore", "kafw", "kwon", "kfys", "kvrz", "ksoc", "konv", "label_nl", "label_en", "reliable",
        "afw_lower", "afw_upper", "class_low", "class_high", "p_weak",
    ];

    /// <summary>Dutch label of the total class ("onvoldoende" …), null without a class.</summary>
    public string? LabelNl => KScore is { } k ? ScoreClass.DutchLabel(k) : null;

    /// <summary>English label of the total class, null without a class.</summary>
    public string? LabelEn => KScore is { } k ? ScoreClass.EnglishLabel(k) : null;

    /// <summary>The values in <see cref="Columns"/> order: text, integer, double, bool or null.</summary>
    public object?[] Values() =>
    [
        Code, Name, Gemeente, Source, Release, Year, Afw, Won, Fys, Vrz, Soc, Onv, Lbm,
        KScore, KAfw, KWon, KFys, KVrz, KSoc, KOnv, LabelNl, LabelEn, Reliable,
        AfwLower, AfwUpper, ClassLow, ClassHigh, PWeak,
    ];
}

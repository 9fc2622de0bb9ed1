using Leefbaar.Core.ReadModels;

namespace Leefbaar.Api.Serving;

/// <summary>
/// One score of one area in one year of one release, official or from the Leefbaar model, in a single shape so
/// tiles, tables and profiles treat both sources alike. Classes are 1–9; null where the release has none.
/// </summary>
public sealed record ScoreValues(
    string Source, string Release, int Year,
    double? Afw, double? Won, double? Fys, double? Vrz, double? Soc, double? Onv, double? Lbm,
    int? KTotal, int? KAfw, int? KWon, int? KFys, int? KVrz, int? KSoc, int? KOnv,
    bool? Reliable = null, double? AfwLower = null, double? AfwUpper = null,
    int? ClassLow = null, int? ClassHigh = null, double? PWeak = null)
{
    /// <summary>Source name of the published Leefbaarometer scores.</summary>
    public const string OfficialSource = "official";

    /// <summary>Source name of Leefbaar's own model scores.</summary>
    public const string ModelSource = "model";

    /// <summary>From a stored official row.</summary>
    public static ScoreValues From(ServedOfficialScore r) => new(OfficialSource, r.Release, r.Year,
        r.Afw, r.Won, r.Fys, r.Vrz, r.Soc, r.Onv, r.Lbm, r.KTotal, r.KAfw, r.KWon, r.KFys, r.KVrz, r.KSoc, r.KOnv);

    /// <summary>From a stored model row.</summary>
    public static ScoreValues From(ServedModelScore r) => new(ModelSource, r.Release, r.Year,
        r.Afw, r.Won, r.Fys, r.Vrz, r.Soc, r.Onv, r.Lbm, r.KTotal, r.KAfw, r.KWon, r.KFys, r.KVrz, r.KSoc, r.KOnv,
        r.Reliable, r.AfwLower, r.AfwUpper, r.ClassLow, r.ClassHigh, r.PWeak);

    /// <summary>The value of "afw" or one dimension code.</summary>
    public double? Value(string measure) => measure switch
    {
        "afw" => Afw, "won" => Won, "fys" => Fys, "vrz" => Vrz, "soc" => Soc, "onv" => Onv, "lbm" => Lbm, _ => null,
    };

    /// <summary>The class of "afw" (the total score class kscore) or one dimension code.</summary>
    public int? Class(string measure) => measure switch
    {
        "afw" => KTotal, "won" => KWon, "fys" => KFys, "vrz" => KVrz, "soc" => KSoc, "onv" => KOnv, _ => null,
    };

    /// <summary>The measures in output order: total deviation, then the five dimensions.</summary>
    public static readonly string[] Measures = ["afw", "won", "fys", "vrz", "soc", "onv"];
}

using Leefbaar.Api.Serving;
using Leefbaar.Core.Scores;

namespace Leefbaar.Api.Contracts;

/// <summary>
/// A score as the API shows it: values, classes 1–9 and the Dutch and English label of the total class; model scores
/// of buurten also carry the class range of their 90 % interval and P(class ≤ 4) ("zwak" or worse).
/// </summary>
public sealed record ScoreDto(
    string Source, string Release, int Year,
    double? Afw, double? Won, double? Fys, double? Vrz, double? Soc, double? Onv, double? Lbm,
    ClassSet Classes, ClassLabel? Label, bool? Reliable, double? AfwLower, double? AfwUpper,
    int? ClassLow = null, int? ClassHigh = null, double? PWeak = null)
{
    /// <summary>Maps a served score.</summary>
    public static ScoreDto From(ScoreValues s) => new(s.Source, s.Release, s.Year, s.Afw, s.Won, s.Fys, s.Vrz, s.Soc, s.Onv, s.Lbm,
        new ClassSet(s.KTotal, s.KAfw, s.KWon, s.KFys, s.KVrz, s.KSoc, s.KOnv), ClassLabel.Of(s.KTotal), s.Reliable, s.AfwLower, s.AfwUpper,
        s.ClassLow, s.ClassHigh, s.PWeak is { } p ? Math.Round(p, 4) : null);
}

/// <summary>Classes 1–9: total (kscore), afw (kafw) and per dimension.</summary>
public sealed record ClassSet(int? Total, int? Afw, int? Won, int? Fys, int? Vrz, int? Soc, int? Onv);

/// <summary>A class with its Dutch and English label.</summary>
public sealed record ClassLabel(int Class, string Nl, string En)
{
    /// <summary>The label of a class, or null when there is none.</summary>
    public static ClassLabel? Of(int? cls) => cls is >= 1 and <= 9 ? new ClassLabel(cls.Value, ScoreClass.DutchLabel(cls.Value), ScoreClass.EnglishLabel(cls.Value)) : null;
}

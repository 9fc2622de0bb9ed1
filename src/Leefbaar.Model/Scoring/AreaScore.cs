namespace Leefbaar.Model.Scoring;

/// <summary>
/// A Leefbaar score of one area: the five dimensions, their exact sum afw, lbm = C + afw, the classes, the
/// reliability flag and the cross-validated prediction interval of afw. Always carries its release id.
/// </summary>
public sealed record AreaScore(
    string Code, string Name, string? Gemeente, string Release, int Year,
    double Won, double Fys, double Vrz, double Soc, double Onv, double Afw, double Lbm,
    int Class, int ClassAfw, int ClassWon, int ClassFys, int ClassVrz, int ClassSoc, int ClassOnv,
    bool Reliable, double AfwLower, double AfwUpper, double Weight)
{
    /// <summary>Class of the lower end of the 90 % interval of afw.</summary>
    public int ClassLow { get; init; } = Class;
    /// <summary>Class of the upper end of the 90 % interval of afw.</summary>
    public int ClassHigh { get; init; } = Class;
    /// <summary>P(official class ≤ 4, "zwak" or worse) from the cross-validated residuals at this predicted level; NaN when not estimated (aggregates, older releases).</summary>
    public double PWeak { get; init; } = double.NaN;
}

namespace Leefbaar.App.Reports;

/// <summary>Which gemeenten a wijkdiagnose compares with.</summary>
public enum ComparisonKind
{
    /// <summary>The gemeente itself.</summary>
    Self,
    /// <summary>Same stedelijkheid and size class.</summary>
    Similar,
    /// <summary>Same province.</summary>
    Province,
    /// <summary>Same municipality group (G4, G40, M50 or rest).</summary>
    MunicipalityGroup,
    /// <summary>All gemeenten.</summary>
    Nederland,
}

/// <summary>
/// A row of the wijkdiagnose's comparison: a set of gemeenten (the gemeente itself excluded, except from Nederland),
/// summarised over their buurten with residents as weights, and the member names.
/// </summary>
public sealed record ComparisonGroup(ComparisonKind Kind, string Label, GroupSummary Summary, IReadOnlyList<(string Code, string Name)> Members);

/// <summary>
/// Size classes of gemeenten by residents (CBS 2024 key figures), after the CBS gemeentegrootteklassen merged to five:
/// under 20,000, 20,000–50,000, 50,000–100,000, 100,000–250,000 and 250,000 or more.
/// </summary>
public static class GemeenteSize
{
    /// <summary>Lower bounds of classes 2–5.</summary>
    public static readonly IReadOnlyList<double> Bounds = [20_000, 50_000, 100_000, 250_000];

    /// <summary>The class 1–5 of a gemeente with <paramref name="residents"/> residents.</summary>
    public static int Of(double residents) => 1 + Bounds.Count(b => residents >= b);

    /// <summary>The class as a range of residents, in the report language's number format.</summary>
    public static string Label(int sizeClass, ReportWriter w) => sizeClass switch
    {
        1 => w.T($"minder dan {w.N(Bounds[0])} inwoners", $"fewer than {w.N(Bounds[0])} residents"),
        5 => w.T($"{w.N(Bounds[3])} inwoners of meer", $"{w.N(Bounds[3])} residents or more"),
        _ => w.T($"{w.N(Bounds[sizeClass - 2])} tot {w.N(Bounds[sizeClass - 1])} inwoners", $"{w.N(Bounds[sizeClass - 2])} to {w.N(Bounds[sizeClass - 1])} residents"),
    };
}

/// <summary>
/// The series of a wijkdiagnose, each from ONE release: the LBM 3.0 postcode series (afw of the gemeente's postcodes
/// pooled with residents as weights, beside the same for Nederland and each postcode alone) and the LBM 2.0 class
/// of the gemeente. Null parts are absent from the store.
/// </summary>
public sealed record GemeenteTimeSeries(
    string? PostcodeRelease, IReadOnlyList<(int Year, double Afw, int Postcodes)> Gemeente, IReadOnlyList<(int Year, double Afw)> Nederland,
    IReadOnlyList<(string Code, string Place, IReadOnlyList<(int Year, double Afw)> Points)> Postcodes,
    string? Lbm2Release, IReadOnlyList<(int Year, int Class)> Lbm2Classes,
    IReadOnlyList<(string Code, string? Name, IReadOnlyList<(int Year, int Class)> Classes)>? Lbm2Wijken = null);

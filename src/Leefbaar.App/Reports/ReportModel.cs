namespace Leefbaar.App.Reports;

/// <summary>Where a score in a report comes from: the published Leefbaarometer or the Leefbaar model.</summary>
public enum ScoreOrigin
{
    /// <summary>No score in either source.</summary>
    None,
    /// <summary>Published by the ministry (an official release such as lbm3-2024).</summary>
    Official,
    /// <summary>Estimated by a Leefbaar model release (where nothing is published).</summary>
    Model,
}

/// <summary>
/// One area as a report shows it: the official score where published, else the model score; <see cref="Release"/>
/// names the release the numbers come from, so every number in a report can say which one it is.
/// </summary>
public sealed record ReportArea(
    string Code, string Level, string Name, string? Wijk, string? Gemeente, double Residents,
    ScoreOrigin Origin, string? Release, int? Class, double? Afw,
    double? Won, double? Fys, double? Vrz, double? Soc, double? Onv, bool Reliable)
{
    /// <summary>The five dimensions in official order (won, fys, vrz, soc, onv).</summary>
    public double?[] Dimensions => [Won, Fys, Vrz, Soc, Onv];

    /// <summary>True when the area has a class of 1–3 (onvoldoende or worse).</summary>
    public bool Weak => Class is >= 1 and <= 3;
}

/// <summary>The releases a report reads: the official one and, where present, the model release that fills the gaps.</summary>
public sealed record ReportReleases(string? Official, string? Model, string? ModelEstimator,
    IReadOnlyDictionary<string, double> ModelAccuracy, double ReliabilityMinPopulation);

/// <summary>Residents per class 1–9, split by origin of the class.</summary>
public sealed record ClassCounts(double[] Official, double[] Model, int[] Areas)
{
    /// <summary>Residents per class, both origins.</summary>
    public double Total(int cls) => Official[cls - 1] + Model[cls - 1];

    /// <summary>All residents with a class.</summary>
    public double All => Official.Sum() + Model.Sum();

    /// <summary>Residents in classes 1–3.</summary>
    public double Weak => Enumerable.Range(1, 3).Sum(Total);

    /// <summary>Residents in classes 1–3 with an official class.</summary>
    public double WeakOfficial => Official.Take(3).Sum();

    /// <summary>Counts over a set of areas.</summary>
    public static ClassCounts Of(IEnumerable<ReportArea> areas)
    {
        var (o, m, n) = (new double[9], new double[9], new int[9]);
        foreach (var a in areas)
        {
            if (a.Class is not { } k || k is < 1 or > 9) continue;
            n[k - 1]++;
            if (a.Origin == ScoreOrigin.Official) o[k - 1] += a.Residents; else m[k - 1] += a.Residents;
        }
        return new ClassCounts(o, m, n);
    }
}

/// <summary>A population-weighted summary of a group of buurten (Nederland, a municipality group, a province, …).</summary>
public sealed record GroupSummary(string Grouping, string Group, string Label, int Areas, double Residents, double? MeanAfw,
    double?[] MeanDimensions, double ResidentsWeak, double ResidentsClass4OrLower = 0)
{
    /// <summary>Share of residents in classes 1–3.</summary>
    public double ShareWeak => Residents > 0 ? ResidentsWeak / Residents : 0;

    /// <summary>Share of residents in classes 1–4 (zwak or worse, the early warning's event and the model's P(weak)).</summary>
    public double ShareClass4OrLower => Residents > 0 ? ResidentsClass4OrLower / Residents : 0;

    /// <summary>Summarises areas (means weighted by residents; areas without residents weigh nothing).</summary>
    public static GroupSummary Of(string grouping, string group, string label, IReadOnlyCollection<ReportArea> areas)
    {
        double? Mean(Func<ReportArea, double?> f)
        {
            double sw = 0, s = 0;
            foreach (var a in areas) if (f(a) is { } v && a.Residents > 0) { sw += a.Residents; s += a.Residents * v; }
            return sw > 0 ? s / sw : null;
        }
        return new GroupSummary(grouping, group, label, areas.Count(a => a.Class is not null), areas.Where(a => a.Class is not null).Sum(a => a.Residents),
            Mean(a => a.Afw), [Mean(a => a.Won), Mean(a => a.Fys), Mean(a => a.Vrz), Mean(a => a.Soc), Mean(a => a.Onv)],
            areas.Where(a => a.Weak).Sum(a => a.Residents), areas.Where(a => a.Class is >= 1 and <= 4).Sum(a => a.Residents));
    }
}

/// <summary>An early-warning flag of one area, as the analysis raised it.</summary>
public sealed record WarningFlag(string Code, string Name, int Start, double? Afw, double Probability, double RiskMultiple, string Flag, string RiskFactors);

/// <summary>Inequality of a score over buurten in one year (weighted by residents).</summary>
public sealed record InequalityLine(string Release, int Year, string Measure, int Areas, double Gini, double Theil,
    double? TheilBetween, double? TheilWithin, string? Grouping);

/// <summary>A polygon to draw: area code, fill class (null = no score) and the geometry in RD New.</summary>
public sealed record MapShape(string Code, string Name, int? Class, NetTopologySuite.Geometries.Geometry Geometry);

/// <summary>Everything a wijkdiagnose shows, read from the store.</summary>
public sealed record GemeenteReportData(
    int Year, ReportArea Gemeente, string? ProvinceName, string MunicipalityGroup, string? Urbanity,
    IReadOnlyList<ReportArea> Wijken, IReadOnlyList<ReportArea> Buurten, ClassCounts Classes,
    GroupSummary Self, GroupSummary Nederland, GroupSummary Group,
    IReadOnlyList<WarningFlag> Flags, string? WarningRelease, string? WarningNote,
    IReadOnlyList<MapShape> Map, ReportReleases Releases, IReadOnlyList<string> Datasets, bool Demo,
    IReadOnlyList<ComparisonGroup>? Comparison = null, GemeenteTimeSeries? Series = null, GemeenteHotSpots? HotSpots = null)
{
    /// <summary>Size class 1–5 of the gemeente by residents (<see cref="GemeenteSize"/>).</summary>
    public int SizeClass { get; init; }
}

/// <summary>Everything the national report shows, read from the store.</summary>
public sealed record NationalReportData(
    int Year, ClassCounts Classes, int Buurten, double Residents,
    IReadOnlyList<(string Code, string Name, double ResidentsWeak, double Residents)> TopGemeenten,
    IReadOnlyList<GroupSummary> ByGroup, IReadOnlyList<GroupSummary> ByProvince, IReadOnlyList<GroupSummary> ByUrbanity,
    IReadOnlyList<InequalityLine> Inequality, string? InequalityNote,
    IReadOnlyList<MapShape> Map, ReportReleases Releases, IReadOnlyList<string> Datasets, bool Demo,
    Leefbaar.Analysis.Groups.GroupComparisonResult? PopulationGrowth = null, Development? Development = null, HotSpots? HotSpots = null,
    HotSpots? ModelHotSpots = null);

/// <summary>
/// Developments on the postcode series of LBM 3.0 (classes from afw with the LBM 3.0 boundaries): the harde kern
/// (weak, class ≤ 3, in each of the last k measurements), risers and fallers between the last two measurements, and
/// the early warning's test-period quality and strongest signals.
/// </summary>
public sealed record Development(string Release, int Year, int? PreviousYear, int HardCoreMeasurements, IReadOnlyList<(string Code, string Place)> HardCore,
    double HardCoreResidents, int Risers, double RisersResidents, int Fallers, double FallersResidents,
    double? WarningAuc, double? WarningLift, double? WarningBaseRate, int WarningStrong);

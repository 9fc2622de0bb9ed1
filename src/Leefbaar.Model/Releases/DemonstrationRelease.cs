using Leefbaar.Core.Areas;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Estimation;

namespace Leefbaar.Model.Releases;

/// <summary>
/// The release of the national grid run on SYNTHETIC points, where no official target exists to fit to: linear
/// terms on the grid indicators with hand-set weights, chosen only to exercise the pipeline at national scale (nearer
/// and more amenities raise vrz, more registered events per inhabitant lower onv, denser housing lowers won
/// slightly). Built as an ordinary <see cref="ModelRelease"/> by <see cref="ModelReleaseBuilder"/>, variant
/// "demonstration", against its own catalogue — it is never a livability model and says so.
/// </summary>
public static class DemonstrationRelease
{
    /// <summary>The variant label every demonstration release carries.</summary>
    public const string Variant = "demonstration";

    private static readonly (string Indicator, bool Log, string Dimension, double Weight, string Nl, string En)[] Spec =
    [
        ("dist_supermarket", true, "vrz", -0.020, "Afstand tot supermarkt", "Distance to supermarket"),
        ("dist_gp", true, "vrz", -0.015, "Afstand tot huisarts", "Distance to GP"),
        ("dist_school", true, "vrz", -0.015, "Afstand tot school", "Distance to school"),
        ("dist_station", true, "vrz", -0.010, "Afstand tot station", "Distance to station"),
        ("n1000_shop", true, "vrz", 0.015, "Winkels binnen 1 km", "Shops within 1 km"),
        ("n1000_catering", true, "vrz", 0.010, "Horeca binnen 1 km", "Catering within 1 km"),
        ("n3000_culture", true, "vrz", 0.010, "Cultuur binnen 3 km", "Culture within 3 km"),
        ("n1000_care", true, "vrz", 0.005, "Zorg binnen 1 km", "Care within 1 km"),
        ("events_per_1000", true, "onv", -0.030, "Geregistreerde incidenten per 1.000 inwoners", "Registered events per 1,000 inhabitants"),
        ("dwellings", true, "won", -0.010, "Woningen in de cel", "Dwellings in the cell"),
    ];

    /// <summary>The catalogue of the grid indicators the demonstration release may use (all synthetic).</summary>
    public static IndicatorCatalogue Catalogue { get; } = IndicatorCatalogue.From(Spec.Select(s => new IndicatorDefinition
    {
        Code = s.Indicator, NameNl = s.Nl + " (synthetisch)", NameEn = s.En + " (synthetic)", Source = "synthetic grid run",
        Dimension = s.Dimension, Transform = s.Log ? "log1p" : "none", Role = IndicatorRole.Input,
    }));

    /// <summary>
    /// Builds the release; <paramref name="stats"/> gives the median and interquartile range of an indicator's
    /// transformed values, so one unit of weight is one IQR and the median cell scores 0 on every term.
    /// </summary>
    public static ModelRelease Build(Func<string, bool, (double Median, double Iqr)> stats)
    {
        var terms = Spec.Select(s =>
        {
            var (median, iqr) = stats(s.Indicator, s.Log);
            var reference = s.Log ? Math.Exp(median) - 1 : median; // TermSpec references are raw values
            return new ReleaseTerm
            {
                Spec = new TermSpec { Indicator = s.Indicator, Transform = s.Log ? "log1p" : "none", Knots = [], Impute = reference, MissingFlag = false, Reference = reference },
                Dimension = s.Dimension,
                Coefficients = new SortedDictionary<string, double[]>(StringComparer.Ordinal) { [s.Dimension] = [s.Weight / (iqr > 0 ? iqr : 1)] },
                SlopeAtReference = s.Weight,
            };
        }).ToList();
        var draft = new ModelRelease
        {
            Id = "",
            Target = "synthetic-grid",
            Variant = Variant,
            Estimator = "hand-set weights (not fitted)",
            Data = new ReleaseData { Level = LevelName.Cell, Division = 0, Year = 0, FittedAreas = 0, Provinces = [], Datasets = new Dictionary<string, string>() },
            Constant = 0,
            ClassBoundaries = [-0.10, -0.06, -0.03, -0.01, 0.01, 0.03, 0.06, 0.10],
            DimensionClassUnit = 0.05,
            ReliabilityMinPopulation = 0,
            DimensionBase = new Dictionary<string, double>(),
            Lambda = new Dictionary<string, double>(),
            Terms = terms,
            AfwResidualQuantiles = [],
            Metrics = new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal),
            Exclusions = ["every official indicator: synthetic data, demonstration weights only"],
        };
        return ModelReleaseBuilder.Seal(draft, "demonstration-synthetic-grid", Catalogue);
    }
}

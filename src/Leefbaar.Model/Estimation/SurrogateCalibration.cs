using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Core.Scores;
using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Validation;

namespace Leefbaar.Model.Estimation;

/// <summary>Out-of-province predictions for every labelled area, from a leave-one-province-out run.</summary>
public sealed record CrossValidatedPredictions(string[] Codes, string[] Provinces, double[][] Official, double[][] Predicted, int[] OfficialClass);

/// <summary>The outcome of a calibration: the frozen release and its cross-validated predictions.</summary>
public sealed record CalibrationResult(ModelRelease Release, CrossValidatedPredictions Validation);

/// <summary>
/// Surrogate calibration to an official release: one additive model per dimension (won, fys, vrz, soc, onv) fitted
/// to the official dimension scores, so that afw = Σ dimensions holds exactly for every prediction. Penalties are
/// chosen and accuracy is measured by leave-one-province-out, so the reported accuracy is on provinces the model
/// has not seen — the situation of the provinces whose scores are withheld.
/// </summary>
public sealed class SurrogateCalibration(IndicatorCatalogue catalogue)
{
    /// <summary>Estimator name recorded in releases.</summary>
    public const string Name = "surrogate-calibration";

    /// <summary>Fits a release of <paramref name="variant"/> on the areas of <paramref name="table"/> that have official scores.</summary>
    public CalibrationResult Fit(FeatureTable table, IReadOnlyList<OfficialScoreRow> official, TargetRelease target, string variant,
        AdditiveFitOptions options, SortedDictionary<string, string> datasets, double minPopulation = 100)
    {
        var index = table.IndexByCode();
        var labelledRows = new List<int>();
        var labelledScores = new List<OfficialScoreRow>();
        foreach (var s in official)
        {
            if (s.Afw is null || s.Won is null || s.Fys is null || s.Vrz is null || s.Soc is null || s.Onv is null) continue;
            if (!index.TryGetValue(s.Code, out var row) || table.Provincie[row] is null) continue;
            labelledRows.Add(row);
            labelledScores.Add(s);
        }
        if (labelledRows.Count < 100) throw new UnusableDataException($"Only {labelledRows.Count} areas have both inputs and official {target.Id} scores; import the data first.");

        var terms = InputSelection.Terms(table, catalogue, variant, options.Knots);
        var specs = terms.Select(t => t.Spec).ToList();
        var raw = specs.Select(s => table.Column(s.Indicator)!).ToList();
        var dims = Dimensions.All.Select(d => d.Code()).ToArray();
        var y = dims.Select(d => labelledScores.Select(s => d switch
        {
            "won" => s.Won!.Value, "fys" => s.Fys!.Value, "vrz" => s.Vrz!.Value, "soc" => s.Soc!.Value, _ => s.Onv!.Value,
        }).ToArray()).ToArray();
        // Validation groups are provinces; with fewer than three (the demo data, one gemeente's own study) gemeenten.
        var groups = labelledRows.Select(r => table.Provincie[r]!).ToArray();
        if (groups.Distinct().Count() < 3) groups = labelledRows.Select(r => table.Gemeente[r] ?? table.Provincie[r]!).ToArray();
        var hint = terms.ToDictionary(t => t.Spec.Indicator, t => t.Definition.Dimension);
        bool Uses(int target, TermSpec spec) => options.Scope == "all" || hint[spec.Indicator] == dims[target];

        var fit = AdditiveFitter.Fit(specs, raw, labelledRows, dims, y, groups, Uses, options);
        var release = BuildRelease(fit, terms, table, labelledRows.Count, groups, target, variant, datasets, minPopulation, options);

        var predicted = fit.OutOfGroupPredictions;
        var official2 = y;
        if (options.SpreadMatch)
        {
            // Ridge predictions are shrunk towards the mean (sd of afw ~0.10 against the official 0.128), so the official
            // boundaries find few weak buurten. Every dimension is stretched around its mean by one factor k = sd(official
            // afw) / sd(predicted afw): additivity and the explanations stay exact (all contributions scale by k). The
            // release uses k from all out-of-province predictions; the reported metrics use, per held-out province,
            // k and the means learned on the other provinces only.
            var (centres, factor) = SpreadFactor(y, predicted, Enumerable.Range(0, labelledRows.Count).ToArray());
            release = Stretch(release, centres, factor, dims);
            predicted = StretchNested(y, predicted, groups, dims.Length);
        }
        var predictedAfw = labelledScores.Select((_, k) => dims.Select((_, t) => predicted[t][k]).Sum()).ToArray();
        var unsorted = labelledScores.Select((s, k) => s.Afw!.Value - predictedAfw[k]).ToArray();
        var residuals = unsorted.Order().ToList();
        release = release with
        {
            AfwResidualQuantiles = [TermSpecBuilder.Quantile(residuals, 0.05), TermSpecBuilder.Quantile(residuals, 0.95)],
            AfwResidualBins = ResidualBinning.Fit(predictedAfw, unsorted),
        };
        var validation = new CrossValidatedPredictions(labelledScores.Select(s => s.Code).ToArray(), groups, official2, predicted,
            labelledScores.Select(s => s.KTotal ?? 0).ToArray());
        release = release with { Metrics = ValidationMetrics.Summarise(validation, release) };
        var officialAfw = labelledScores.Select(s => s.Afw!.Value).ToArray();
        release = release with { PWeakCalibration = ResidualBinning.CalibrationMetrics(release, predictedAfw, officialAfw, groups) };
        release = release with { Id = $"leefbaar-{target.Id}-{variant}-{ReleaseJson.ContentHash(release)}" };
        return new CalibrationResult(release, validation);
    }

    private ModelRelease BuildRelease(AdditiveFit fit, List<(IndicatorDefinition Definition, TermSpec Spec)> terms, FeatureTable table, int fitted,
        string[] groups, TargetRelease target, string variant, SortedDictionary<string, string> datasets, double minPopulation, AdditiveFitOptions options)
    {
        var coefficients = terms.Select(_ => new SortedDictionary<string, double[]>(StringComparer.Ordinal)).ToList();
        var dimensionBase = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var lambda = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var t = 0; t < fit.Targets.Length; t++)
        {
            var (intercept, perTerm) = AdditiveFitter.RawCoefficients(fit, t);
            var baseValue = intercept;
            foreach (var (j, c) in perTerm)
            {
                coefficients[j][fit.Targets[t]] = c.Select(Round).ToArray();
                baseValue += terms[j].Spec.Evaluate(terms[j].Spec.Reference, coefficients[j][fit.Targets[t]]);
            }
            dimensionBase[fit.Targets[t]] = Round(baseValue);
            lambda[fit.Targets[t]] = fit.Lambda[t];
        }
        var releaseTerms = terms.Select((t, j) => new ReleaseTerm
        {
            Spec = t.Spec with { Knots = t.Spec.Knots.Select(Round).ToArray(), Impute = Round(t.Spec.Impute), Reference = Round(t.Spec.Reference) },
            Dimension = t.Definition.Dimension,
            Coefficients = coefficients[j],
        }).Select(rt => rt with { SlopeAtReference = Round(Slope(rt)) }).ToList();

        return new ModelRelease
        {
            Id = "",
            Target = target.Id,
            Variant = variant,
            Estimator = $"{Name} (additive linear-spline ridge, scope {options.Scope})",
            Data = new ReleaseData
            {
                Level = LevelName.Buurt, Division = table.Division, Year = table.Year, FittedAreas = fitted,
                Provinces = groups.Distinct().Order(StringComparer.Ordinal).ToList(), Datasets = datasets,
            },
            Constant = target.Constant,
            ClassBoundaries = target.ClassBoundaries,
            DimensionClassUnit = target.DimensionClassUnit,
            ReliabilityMinPopulation = minPopulation,
            DimensionBase = dimensionBase,
            Lambda = lambda,
            Terms = releaseTerms,
            AfwResidualQuantiles = [],
            Metrics = new(),
            Exclusions = catalogue.All.Where(d => d.Role is IndicatorRole.Prohibited or IndicatorRole.Outcome)
                .Where(d => !(variant == "nowcast" && InputSelection.NowcastOutcomes.Contains(d.Code)))
                .Select(d => $"{d.Code}: {(d.Role == IndicatorRole.Prohibited ? "prohibited (never in any model)" : "outcome, not an environment characteristic")}")
                .ToList(),
        };
    }

    /// <summary>Per-dimension means of the predictions on <paramref name="rows"/> and k = sd(Σ official) / sd(Σ predicted).</summary>
    internal static (double[] Centres, double Factor) SpreadFactor(double[][] official, double[][] predicted, int[] rows)
    {
        var centres = predicted.Select(p => rows.Average(r => p[r])).ToArray();
        var afwO = rows.Select(r => official.Sum(o => o[r])).ToArray();
        var afwP = rows.Select(r => predicted.Sum(p => p[r])).ToArray();
        double Sd(double[] v) { var m = v.Average(); return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / v.Length); }
        var sp = Sd(afwP);
        return (centres, sp > 0 ? Sd(afwO) / sp : 1);
    }

    /// <summary>Out-of-province predictions stretched with the factor and means learned on the other provinces.</summary>
    private static double[][] StretchNested(double[][] official, double[][] predicted, string[] groups, int targets)
    {
        var result = predicted.Select(p => (double[])p.Clone()).ToArray();
        foreach (var g in groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var rest = Enumerable.Range(0, groups.Length).Where(i => groups[i] != g).ToArray();
            var (centres, k) = SpreadFactor(official, predicted, rest);
            for (var i = 0; i < groups.Length; i++)
                if (groups[i] == g)
                    for (var t = 0; t < targets; t++) result[t][i] = centres[t] + k * (predicted[t][i] - centres[t]);
        }
        return result;
    }

    /// <summary>The release with every dimension stretched around its centre by k: coefficients × k, base μ + k(base − μ).</summary>
    private static ModelRelease Stretch(ModelRelease release, double[] centres, double k, string[] dims)
    {
        var bases = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var t = 0; t < dims.Length; t++)
            if (release.DimensionBase.TryGetValue(dims[t], out var b)) bases[dims[t]] = Round(centres[t] + k * (b - centres[t]));
        var terms = release.Terms.Select(rt => rt with
        {
            Coefficients = new SortedDictionary<string, double[]>(rt.Coefficients.ToDictionary(kv => kv.Key, kv => kv.Value.Select(c => Round(c * k)).ToArray()), StringComparer.Ordinal),
        }).Select(rt => rt with { SlopeAtReference = Round(Slope(rt)) }).ToList();
        return release with
        {
            DimensionBase = bases,
            Terms = terms,
            Estimator = release.Estimator.TrimEnd(')') + $", spread-matched k = {k.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)})",
        };
    }

    private static double Slope(ReleaseTerm term)
    {
        var r = term.Spec.Reference;
        var h = Math.Max(Math.Abs(r) * 0.01, 1e-3);
        return term.Coefficients.Keys.Sum(d => (term.Evaluate(d, r + h) - term.Evaluate(d, r - h)) / (2 * h));
    }

    /// <summary>Rounds to 12 significant digits so the JSON is stable across platforms' last-bit differences.</summary>
    internal static double Round(double v) => v == 0 || !double.IsFinite(v) ? v : Math.Round(v, Math.Clamp(11 - (int)Math.Floor(Math.Log10(Math.Abs(v))), 0, 15));
}

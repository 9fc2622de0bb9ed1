using Leefbaar.Core.Errors;
using System.Globalization;
using Leefbaar.Core.Scores;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// Combines several estimators' contribution functions into one additive release (method: docs/model-combination.md).
/// Each part's total contribution is standardised to unit spread over the areas, the parts are mixed with their
/// shares, the mixture is rescaled to the target spread, and per dimension a base sets the target mean. Terms of the
/// same indicator are merged on the union of their knots, so the combined function is exactly the weighted sum.
/// Controls are never carried into the release.
/// </summary>
public sealed class WeightCombiner(IndicatorCatalogue catalogue)
{
    /// <summary>Estimator name recorded in releases.</summary>
    public const string Name = "weight-combination";

    private static readonly string[] Dims = Dimensions.All.Select(d => d.Code()).ToArray();

    /// <summary>The combined release over the rows of <paramref name="table"/> that have at least one input.</summary>
    public ModelRelease Combine(IReadOnlyList<CombinationPart> parts, FeatureTable table, CombinationOptions options)
    {
        if (parts.Count == 0) throw new ArgumentException("Nothing to combine.");
        if (parts.Any(p => !(p.Share >= 0) || !double.IsFinite(p.Share)) || parts.Sum(p => p.Share) <= 0)
            throw new ArgumentException("Combination shares must be non-negative and sum to more than 0.");
        if (!(options.Spread > 0)) throw new ArgumentException("The target spread must be positive.");
        var shares = parts.Select(p => p.Share / parts.Sum(q => q.Share)).ToArray();

        var specs = MergedSpecs(parts);
        var columns = specs.Keys.ToDictionary(k => k, k => table.Column(k));
        var rows = Enumerable.Range(0, table.Count).Where(i => columns.Values.Any(c => c is not null && !double.IsNaN(c[i]))).ToArray();
        if (rows.Length < 2) throw new UnusableDataException("Fewer than two areas have inputs of the combined terms.");

        var spreads = parts.Select(p => StandardDeviation(rows.Select(i => Total(p.Weights.Terms, table, i)))).ToArray();
        for (var e = 0; e < parts.Count; e++)
            if (!(spreads[e] > 0)) throw new UnusableDataException($"Part {parts[e].Weights.Estimator} has no spread over the areas; it cannot be standardised.");

        var mixed = Mix(parts, specs, e => shares[e] / spreads[e]);
        var mixedSpread = StandardDeviation(rows.Select(i => Total(mixed, table, i)));
        if (!(mixedSpread > 0)) throw new UnusableDataException("The combined contributions have no spread over the areas (the parts cancel out).");
        var scale = options.Spread / mixedSpread;
        var terms = Mix(parts, specs, e => scale * shares[e] / spreads[e])
            .Select(t => t with { Coefficients = Rounded(t.Coefficients) })
            .Select(t => t with { SlopeAtReference = SurrogateCalibration.Round(TermSlope.AtReference(t)) })
            .ToList();

        var dimensionBase = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var d in Dims)
        {
            var mean = rows.Average(i => terms.Sum(t => t.Contribution(d, Value(table, t, i))));
            dimensionBase[d] = SurrogateCalibration.Round(options.DimensionMeans.GetValueOrDefault(d) - mean);
        }

        var lambda = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in parts)
            foreach (var (key, value) in p.Weights.Lambda) lambda[$"{p.Weights.Estimator}.{key}"] = value;
        var release = new ModelRelease
        {
            Id = "",
            Target = options.Target.Id,
            Variant = options.Variant,
            Estimator = Describe(parts, shares, spreads, scale, options.Spread),
            Data = new ReleaseData
            {
                Level = options.Level, Division = table.Division, Year = table.Year, FittedAreas = parts.Sum(p => p.Weights.FittedAreas),
                Provinces = rows.Select(i => table.Provincie[i]).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                Datasets = options.Datasets,
            },
            Constant = options.Target.Constant,
            ClassBoundaries = options.Target.ClassBoundaries,
            DimensionClassUnit = options.Target.DimensionClassUnit,
            ReliabilityMinPopulation = options.ReliabilityMinPopulation,
            DimensionBase = dimensionBase,
            Lambda = lambda,
            Terms = terms,
            AfwResidualQuantiles = [],
            Metrics = new(StringComparer.Ordinal),
            Exclusions = Exclusions(parts),
        };
        ReleaseChecks.Terms(release, catalogue);
        ReleaseChecks.Boundaries(release);
        var kind = options.Variant == ReleaseChecks.UserVariant ? "combined-user" : "combined";
        return release with { Id = $"leefbaar-{options.Target.Id}-{kind}-{ReleaseJson.ContentHash(release)}" };
    }

    /// <summary>Per indicator one spec whose knots are the union of the parts' knots; transform and impute value must agree.</summary>
    private static Dictionary<string, TermSpec> MergedSpecs(IReadOnlyList<CombinationPart> parts)
    {
        var merged = new Dictionary<string, TermSpec>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var term in parts.SelectMany(p => p.Weights.Terms))
        {
            var s = term.Spec;
            if (!merged.TryGetValue(s.Indicator, out var m)) { merged[s.Indicator] = s; order.Add(s.Indicator); continue; }
            if (m.Transform != s.Transform || m.Impute != s.Impute)
                throw new InvalidDataException($"Indicator '{s.Indicator}' enters the parts with different transforms or impute values ({m.Transform}/{m.Impute} vs {s.Transform}/{s.Impute}); fit them on the same feature table.");
            merged[s.Indicator] = m with { Knots = m.Knots.Union(s.Knots).Order().ToArray(), MissingFlag = m.MissingFlag || s.MissingFlag };
        }
        return order.ToDictionary(k => k, k => merged[k]);
    }

    /// <summary>Σ_e factor(e) · f_e per indicator and dimension, each part's coefficients placed on the merged basis.</summary>
    private static List<ReleaseTerm> Mix(IReadOnlyList<CombinationPart> parts, Dictionary<string, TermSpec> specs, Func<int, double> factor)
    {
        var coefficients = specs.Keys.ToDictionary(k => k, _ => new SortedDictionary<string, double[]>(StringComparer.Ordinal));
        var hint = new Dictionary<string, string?>();
        for (var e = 0; e < parts.Count; e++)
        {
            var f = factor(e);
            foreach (var term in parts[e].Weights.Terms)
            {
                var target = specs[term.Spec.Indicator];
                hint.TryAdd(term.Spec.Indicator, term.Dimension);
                foreach (var (dimension, c) in term.Coefficients)
                {
                    if (!coefficients[term.Spec.Indicator].TryGetValue(dimension, out var into))
                        coefficients[term.Spec.Indicator][dimension] = into = new double[target.Width];
                    var embedded = Embed(term.Spec, c, target);
                    for (var k = 0; k < into.Length; k++) into[k] += f * embedded[k];
                }
            }
        }
        return specs.Select(kv => new ReleaseTerm { Spec = kv.Value, Dimension = hint[kv.Key], Coefficients = coefficients[kv.Key] }).ToList();
    }

    /// <summary>The coefficients of a spec on a finer basis (its knots a subset of <paramref name="target"/>'s): same function.</summary>
    internal static double[] Embed(TermSpec source, double[] c, TermSpec target)
    {
        var result = new double[target.Width];
        result[0] = c[0];
        for (var k = 0; k < source.Knots.Length; k++) result[1 + Array.IndexOf(target.Knots, source.Knots[k])] += c[1 + k];
        if (source.MissingFlag) result[^1] += c[^1];
        return result;
    }

    private static double Value(FeatureTable table, ReleaseTerm term, int row) => table.Column(term.Spec.Indicator) is { } c ? c[row] : double.NaN;

    private static double Total(IEnumerable<ReleaseTerm> terms, FeatureTable table, int row)
    {
        double s = 0;
        foreach (var t in terms)
        {
            var v = Value(table, t, row);
            foreach (var d in t.Coefficients.Keys) s += t.Contribution(d, v);
        }
        return s;
    }

    private static double StandardDeviation(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Count);
    }

    private static SortedDictionary<string, double[]> Rounded(SortedDictionary<string, double[]> c) =>
        new(c.ToDictionary(kv => kv.Key, kv => kv.Value.Select(SurrogateCalibration.Round).ToArray()), StringComparer.Ordinal);

    private static string Describe(IReadOnlyList<CombinationPart> parts, double[] shares, double[] spreads, double scale, double spread)
    {
        string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        var mix = string.Join(" + ", parts.Select((p, e) => $"{F(shares[e])} × {p.Weights.Estimator} [{p.Weights.Target}, spread {F(spreads[e])}]"));
        return $"{Name}: {mix}, each standardised to unit spread, mixed, rescaled ×{F(scale)} to afw spread {F(spread)} (docs/model-combination.md)";
    }

    private List<string> Exclusions(IReadOnlyList<CombinationPart> parts)
    {
        var list = catalogue.All.Where(d => d.Role is IndicatorRole.Prohibited or IndicatorRole.Outcome)
            .Select(d => $"{d.Code}: {(d.Role == IndicatorRole.Prohibited ? "prohibited (never in any model)" : "outcome, not an environment characteristic")}")
            .ToList();
        foreach (var p in parts.Where(p => p.Weights.Controls.Count > 0))
            list.Add($"controls of {p.Weights.Estimator}: {string.Join(", ", p.Weights.Controls.Select(c => c.Spec.Indicator))} (estimated, not livability weights)");
        return list;
    }
}

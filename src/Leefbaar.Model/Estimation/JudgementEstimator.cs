using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The oordelenmodel for user-supplied judgement data: regresses each area's mean resident judgement on the
/// environment inputs, weighting an area by its number of respondents n (the variance of a mean falls as 1/n).
/// The penalty is chosen by holding out one group (by default one wijk; at most 12 folds of adjacent wijken) at a time. Areas of the survey that are not
/// in the feature table are counted in the metrics ("unmatched"), not fitted. Variant "user" also admits a gemeente's
/// own indicators (role User) as explanations; the release it leads to is then a user release (ReleaseChecks).
/// </summary>
public sealed class JudgementEstimator(IndicatorCatalogue catalogue, IReadOnlyList<Judgement> judgements, AdditiveFitOptions? options = null,
    string groupLevel = LevelName.Wijk, IReadOnlyCollection<string>? inputs = null, string variant = "default") : IEstimator
{
    /// <summary>Penalties tried by default: wider than the national fit's, since a survey has far fewer areas than inputs × knots.</summary>
    public static readonly double[] DefaultLambdaGrid = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3];

    private readonly AdditiveFitOptions _options = options ?? new AdditiveFitOptions { LambdaGrid = DefaultLambdaGrid };

    /// <inheritdoc/>
    public string Name => "judgement";

    /// <inheritdoc/>
    public EstimatedWeights Estimate(FeatureTable table)
    {
        var terms = InputSelection.Terms(table, catalogue, variant, _options.Knots);
        if (inputs is not null)
        {
            foreach (var code in inputs)
            {
                var def = catalogue.Find(code) ?? throw new ArgumentException($"{Name}: input '{code}' is not in the catalogue.");
                if (def.Role == IndicatorRole.User && variant != ReleaseChecks.UserVariant)
                    throw new ArgumentException($"{Name}: '{code}' is a user indicator; it may explain judgements only in variant '{ReleaseChecks.UserVariant}'.");
                if (def.Role != IndicatorRole.Input && def.Role != IndicatorRole.User)
                    throw new ArgumentException($"{Name}: '{code}' has role {def.Role}; only environment inputs may explain judgements.");
                if (terms.All(t => t.Spec.Indicator != code)) throw new ArgumentException($"{Name}: input '{code}' has too few values in the feature table.");
            }
            terms = terms.Where(t => inputs.Contains(t.Spec.Indicator)).ToList();
        }

        var index = table.IndexByCode();
        var rows = new List<int>();
        var y = new List<double>();
        var n = new List<double>();
        var groups = new List<string>();
        var unmatched = 0;
        foreach (var j in judgements)
        {
            if (!index.TryGetValue(j.Area, out var row) || EstimationGroups.Of(table, row, groupLevel) is not { } g) { unmatched++; continue; }
            if (!double.IsFinite(j.MeanJudgement) || j.N < 1) throw new ArgumentException($"{Name}: area {j.Area} needs a finite mean judgement and n ≥ 1.");
            rows.Add(row);
            y.Add(j.MeanJudgement);
            n.Add(j.N);
            groups.Add(g);
        }
        if (rows.Count < 20)
            throw new UnusableDataException($"{Name}: only {rows.Count} of {judgements.Count} judged areas are in the feature table (level, division {table.Division}) with a {groupLevel}; at least 20 are needed." +
                (judgements.Count > 0 ? $" First judged area: {judgements[0].Area}." : ""));
        EstimationGroups.RequireTwo(groups, groupLevel, Name);

        var result = SingleTargetFitter.Fit(Name, "mean_judgement", table, terms, new HashSet<string>(), rows, y.ToArray(), n.ToArray(), groups.ToArray(), _options);
        result.Metrics["unmatched"] = unmatched;
        result.Metrics["respondents"] = n.Sum();
        return result;
    }
}

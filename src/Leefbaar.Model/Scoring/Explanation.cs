using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>One indicator's part in one area's score: its value, the reference, and its contribution per dimension.</summary>
public sealed record Contribution(string Indicator, double Value, double Reference, IReadOnlyDictionary<string, double> PerDimension)
{
    /// <summary>Contribution to afw (sum over dimensions).</summary>
    public double Total => PerDimension.Values.Sum();
}

/// <summary>Explains a score: weight × (value − reference) generalised to f(value) − f(reference) per indicator; the contributions plus the bases add up to the score exactly.</summary>
public static class Explainer
{
    private static readonly IReadOnlyList<string> Dims = Leefbaar.Core.Scores.Dimensions.Codes;

    /// <summary>All contributions of one row, largest absolute total first.</summary>
    public static List<Contribution> Explain(ModelRelease release, FeatureTable table, int row)
    {
        var list = new List<Contribution>();
        foreach (var term in release.Terms)
        {
            var value = table.Column(term.Spec.Indicator) is { } c ? c[row] : double.NaN;
            list.Add(ContributionOf(term, value));
        }
        return list.OrderByDescending(c => Math.Abs(c.Total)).ToList();
    }

    /// <summary>One term's contribution per dimension at a raw indicator value (NaN = missing, imputed as fitted).</summary>
    public static Contribution ContributionOf(ReleaseTerm term, double value) =>
        new(term.Spec.Indicator, value, term.Spec.Reference, Dims.ToDictionary(d => d, d => term.Contribution(d, value)));

    /// <summary>True when a contribution is exactly nothing in every dimension (the value sits at the reference).</summary>
    public static bool IsNone(Contribution c) => c.PerDimension.Values.All(v => Math.Abs(v) < 1e-12);
}

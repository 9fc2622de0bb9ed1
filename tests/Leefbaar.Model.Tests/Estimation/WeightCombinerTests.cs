using Leefbaar.Model.Estimation;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;
using Leefbaar.Model.Tests.Generated;

namespace Leefbaar.Model.Tests.Estimation;

/// <summary>
/// Combining a judgement fit (5 knots per term) with a hedonic fit (3 knots per term) on generated data: the
/// combined functions are exactly the documented weighted sum, and the scores have the target spread and means.
/// </summary>
public class WeightCombinerTests
{
    private const double JudgementShare = 0.7;
    private const double Spread = 0.1;
    private static readonly SortedDictionary<string, double> Means = new(StringComparer.Ordinal) { ["fys"] = 0.01, ["won"] = -0.02, ["vrz"] = 0.03 };

    private static (SyntheticAreas Areas, EstimatedWeights Judgement, EstimatedWeights Hedonic) Fit()
    {
        var s = new SyntheticAreas(4);
        var judgements = new List<Judgement>();
        var woz = s.Table.Columns["woz_mean"] = new double[SyntheticAreas.Count];
        for (var i = 0; i < SyntheticAreas.Count; i++)
        {
            var n = s.Next(5, 100);
            judgements.Add(new Judgement(s.Table.Codes[i], 7 + s.Livability(i) + 1.2 / Math.Sqrt(n) * s.Normal(), n));
            woz[i] = Math.Exp(5.5 + 0.3 * s.Livability(i) + s.Dwelling(i) + 0.05 * s.Normal());
        }
        var judgement = new JudgementEstimator(SyntheticAreas.Catalogue, judgements).Estimate(s.Table);
        var hedonic = new HedonicWozEstimator(SyntheticAreas.Catalogue, new AdditiveFitOptions { Knots = 3 }).Estimate(s.Table);
        return (s, judgement, hedonic);
    }

    private static ModelRelease Combine(SyntheticAreas s, EstimatedWeights judgement, EstimatedWeights hedonic) =>
        new WeightCombiner(SyntheticAreas.Catalogue).Combine(
            [new CombinationPart(judgement, JudgementShare), new CombinationPart(hedonic, 1 - JudgementShare)], s.Table,
            new CombinationOptions { Target = TargetRelease.Lbm3_2024, Spread = Spread, DimensionMeans = Means });

    private static double Sd(IEnumerable<double> v)
    {
        var a = v.ToArray();
        var m = a.Average();
        return Math.Sqrt(a.Sum(x => (x - m) * (x - m)) / a.Length);
    }

    [Fact]
    public void Combined_functions_are_the_documented_weighted_sum()
    {
        var (s, judgement, hedonic) = Fit();
        var release = Combine(s, judgement, hedonic);

        // Independently: each part's total contribution per area, its spread, the mixture's spread, the scale.
        double Total(EstimatedWeights w, int i) => w.Terms.Sum(t => w.Contribution(t.Spec.Indicator, s.Table.Columns[t.Spec.Indicator][i]));
        var rows = Enumerable.Range(0, SyntheticAreas.Count).ToArray();
        var sJ = Sd(rows.Select(i => Total(judgement, i)));
        var sH = Sd(rows.Select(i => Total(hedonic, i)));
        var scale = Spread / Sd(rows.Select(i => JudgementShare / sJ * Total(judgement, i) + (1 - JudgementShare) / sH * Total(hedonic, i)));

        var combined = EstimatedWeights.FromRelease(release);
        foreach (var indicator in SyntheticAreas.Effects.Keys)
        {
            var column = s.Table.Columns[indicator];
            var (lo, hi) = (column.Min(), column.Max());
            // Knots differ between the parts (5 vs 3 per term); the merged basis must reproduce both exactly.
            Assert.True(release.Terms.Single(t => t.Spec.Indicator == indicator).Spec.Knots.Length > 5);
            for (var k = 1; k <= 40; k++)
            {
                var x = lo + (hi - lo) * k / 40;
                var expected = scale * (JudgementShare / sJ * (judgement.Contribution(indicator, x) - judgement.Contribution(indicator, lo))
                    + (1 - JudgementShare) / sH * (hedonic.Contribution(indicator, x) - hedonic.Contribution(indicator, lo)));
                Assert.Equal(expected, combined.Contribution(indicator, x) - combined.Contribution(indicator, lo), 1e-9);
            }
        }
    }

    [Fact]
    public void Scores_have_the_target_spread_and_dimension_means()
    {
        var (s, judgement, hedonic) = Fit();
        var release = Combine(s, judgement, hedonic);
        var scores = Scorer.Score(release, s.Table, "buurt");

        Assert.Equal(SyntheticAreas.Count, scores.Count);
        Assert.Equal(Spread, Sd(scores.Select(x => x.Afw)), 1e-9);
        Assert.Equal(0.01, scores.Average(x => x.Fys), 1e-9);
        Assert.Equal(-0.02, scores.Average(x => x.Won), 1e-9);
        Assert.Equal(0.03, scores.Average(x => x.Vrz), 1e-9);
        Assert.Equal(0, scores.Average(x => x.Soc), 1e-9);
        Assert.Equal(0.02, scores.Average(x => x.Afw), 1e-9);
        // Each single-target term feeds its catalogue dimension only.
        Assert.All(release.Terms, t => Assert.Equal([t.Dimension!], t.Coefficients.Keys));
    }

    [Fact]
    public void Controls_stay_out_and_the_release_is_deterministic()
    {
        var (s, judgement, hedonic) = Fit();
        var release = Combine(s, judgement, hedonic);
        // The judgement fit uses the dwelling columns as ordinary inputs; the hedonic fit's controls add nothing.
        foreach (var control in hedonic.Controls)
        {
            var term = release.Terms.Single(t => t.Spec.Indicator == control.Spec.Indicator);
            var j = judgement.Terms.Single(t => t.Spec.Indicator == control.Spec.Indicator);
            Assert.Equal(j.Spec.Knots, term.Spec.Knots); // only the judgement's basis: the hedonic control was not merged in
        }
        Assert.Contains(release.Exclusions, e => e.StartsWith("controls of hedonic-woz: "));
        Assert.StartsWith("leefbaar-lbm3-2024-combined-", release.Id);
        Assert.Equal(ReleaseJson.Serialize(release), ReleaseJson.Serialize(Combine(s, judgement, hedonic)));
    }

    [Fact]
    public void Parts_with_different_transforms_are_refused()
    {
        var (s, judgement, hedonic) = Fit();
        var other = hedonic with { Terms = hedonic.Terms.Select(t => t.Spec.Indicator == "noise_db" ? t with { Spec = t.Spec with { Transform = "log1p" } } : t).ToList() };
        var e = Assert.Throws<InvalidDataException>(() => Combine(s, judgement, other));
        Assert.Contains("noise_db", e.Message);
    }
}

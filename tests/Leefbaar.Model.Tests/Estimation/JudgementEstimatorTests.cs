using Leefbaar.Model.Estimation;
using Leefbaar.Model.Tests.Generated;

namespace Leefbaar.Model.Tests.Estimation;

/// <summary>
/// Recovery of known weights from generated resident judgements: judgement = 7 + Σ true effects + an area residual
/// (σ 0.05) + the mean of n respondents' noise (σ 1.2/√n, n from 2 to 199).
/// </summary>
public class JudgementEstimatorTests
{
    // Tolerance on max |f̂(x) − f̂(ref) − (f(x) − f(ref))| over the 2nd–98th percentile range. With 4,000 areas the
    // standard error of a fitted spline term is about 0.005–0.01 judgement points; a knot that misses the true kink
    // at 3 km by sampling error adds up to ~0.01. Over 8 seeds × 4 indicators the largest error was 0.031; 0.05 is
    // 4–7 % of the effects' ranges (0.75–1.2), while a wrong scale, reference or basis gives errors of 0.1 and more.
    private const double Tolerance = 0.05;

    private static (SyntheticAreas Areas, List<Judgement> Weighted, List<Judgement> Unweighted) Generate(int seed)
    {
        var s = new SyntheticAreas(seed);
        var weighted = new List<Judgement>();
        var unweighted = new List<Judgement>();
        for (var i = 0; i < SyntheticAreas.Count; i++)
        {
            var n = s.Next(2, 200);
            var y = 7.0 + s.Livability(i) + 0.05 * s.Normal() + 1.2 / Math.Sqrt(n) * s.Normal();
            weighted.Add(new Judgement(s.Table.Codes[i], y, n));
            unweighted.Add(new Judgement(s.Table.Codes[i], y, 1));
        }
        return (s, weighted, unweighted);
    }

    private static Dictionary<string, double> Errors(SyntheticAreas s, EstimatedWeights w) => SyntheticAreas.Effects.ToDictionary(e => e.Key, e =>
    {
        var reference = w.Terms.Single(t => t.Spec.Indicator == e.Key).Spec.Reference;
        return s.MaxError(x => w.Contribution(e.Key, x), e.Value, e.Key, reference);
    });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Recovers_the_linear_and_piecewise_linear_effects(int seed)
    {
        var (s, judgements, _) = Generate(seed);
        var w = new JudgementEstimator(SyntheticAreas.Catalogue, judgements).Estimate(s.Table);

        foreach (var (indicator, error) in Errors(s, w)) Assert.True(error < Tolerance, $"{indicator}: max error {error:0.0000}");
        // The kink: the fitted slope is about −0.25 per km below 3 km and about 0 beyond it.
        var below = w.Contribution("dist_station_km", 2.5) - w.Contribution("dist_station_km", 0.5);
        var beyond = w.Contribution("dist_station_km", 9) - w.Contribution("dist_station_km", 4);
        Assert.InRange(below / 2, -0.28, -0.22);
        Assert.InRange(beyond / 5, -0.02, 0.02);
        Assert.Equal(SyntheticAreas.Count, w.FittedAreas);
        Assert.Equal(200, w.Metrics["groups"]); // wijken, held out in 12 folds of adjacent wijken
        Assert.Equal(12, w.Metrics["folds"]);
    }

    [Fact]
    public void Prohibited_and_outcome_columns_never_enter()
    {
        var (s, judgements, _) = Generate(1);
        var w = new JudgementEstimator(SyntheticAreas.Catalogue, judgements).Estimate(s.Table);
        Assert.DoesNotContain(w.Terms, t => t.Spec.Indicator == "migration_background_pct");
        Assert.Equal(7, w.Terms.Count); // the seven Input columns of the generated table
        Assert.Throws<ArgumentException>(() => new JudgementEstimator(SyntheticAreas.Catalogue, judgements, inputs: ["green_share", "migration_background_pct"]).Estimate(s.Table));
    }

    [Fact]
    public void Weighting_by_respondents_beats_an_unweighted_fit()
    {
        // Respondent noise has variance 1.44/n, so weighting by n is the efficient estimator: here the summed
        // errors of the four functions are smaller than those of the same fit with every n set to 1.
        var (s, weighted, unweighted) = Generate(1);
        var w = Errors(s, new JudgementEstimator(SyntheticAreas.Catalogue, weighted).Estimate(s.Table)).Values.Sum();
        var u = Errors(s, new JudgementEstimator(SyntheticAreas.Catalogue, unweighted).Estimate(s.Table)).Values.Sum();
        Assert.True(w < u, $"weighted {w:0.0000} vs unweighted {u:0.0000}");
    }

    [Fact]
    public void Judgements_of_one_wijk_cannot_be_cross_validated_by_wijk()
    {
        var (s, judgements, _) = Generate(1);
        var oneWijk = judgements.Take(20).ToList(); // buurten 0–19 form wijk 0 of gemeente 1000
        var e = Assert.Throws<Leefbaar.Core.Errors.UnusableDataException>(() => new JudgementEstimator(SyntheticAreas.Catalogue, oneWijk).Estimate(s.Table));
        Assert.Contains("1 wijk", e.Message);
    }

    [Fact]
    public void Unknown_areas_are_counted_not_fitted()
    {
        var (s, judgements, _) = Generate(1);
        var extra = judgements.Append(new Judgement("BU99990101", 8, 40)).ToList();
        var w = new JudgementEstimator(SyntheticAreas.Catalogue, extra).Estimate(s.Table);
        Assert.Equal(1, w.Metrics["unmatched"]);
        Assert.Equal(SyntheticAreas.Count, w.FittedAreas);
    }

    // dist_station_km as if it were a gemeente's own measurement: role User instead of Input.
    private static readonly Leefbaar.Model.Catalogue.IndicatorCatalogue WithUserIndicator = Leefbaar.Model.Catalogue.IndicatorCatalogue.From(
        SyntheticAreas.Catalogue.All.Select(d => d.Code == "dist_station_km" ? d with { Role = Leefbaar.Model.Catalogue.IndicatorRole.User } : d));

    [Fact]
    public void A_user_indicator_explains_judgements_only_in_the_user_variant()
    {
        var (s, judgements, _) = Generate(1);
        var plain = new JudgementEstimator(WithUserIndicator, judgements).Estimate(s.Table);
        Assert.DoesNotContain(plain.Terms, t => t.Spec.Indicator == "dist_station_km");
        var e = Assert.Throws<ArgumentException>(() => new JudgementEstimator(WithUserIndicator, judgements, inputs: ["dist_station_km"]).Estimate(s.Table));
        Assert.Contains("user indicator", e.Message);

        var user = new JudgementEstimator(WithUserIndicator, judgements, variant: "user").Estimate(s.Table);
        // The kink of the generated effect (−0.25 per km up to 3 km, flat beyond) is recovered from the user indicator too.
        var below = user.Contribution("dist_station_km", 2.5) - user.Contribution("dist_station_km", 0.5);
        Assert.InRange(below / 2, -0.28, -0.22);

        var target = Leefbaar.Model.Releases.TargetRelease.Lbm3_2024;
        var options = new CombinationOptions { Target = target, Spread = 0.1 };
        var release = new WeightCombiner(WithUserIndicator).Combine([new CombinationPart(user, 1)], s.Table, options with { Variant = "user" });
        Assert.Equal("user", release.Variant);
        Assert.StartsWith("leefbaar-lbm3-2024-combined-user-", release.Id);
        Assert.Contains(release.Terms, t => t.Spec.Indicator == "dist_station_km");
        // Labelled as default, the same weights are refused: a user indicator never enters a default release.
        var refused = Assert.Throws<Leefbaar.Model.Releases.ReleaseRejectedException>(() => new WeightCombiner(WithUserIndicator).Combine([new CombinationPart(user, 1)], s.Table, options));
        Assert.Contains("dist_station_km", refused.Message);
    }
}

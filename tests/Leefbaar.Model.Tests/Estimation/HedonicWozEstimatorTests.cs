using Leefbaar.Model.Estimation;
using Leefbaar.Model.Tests.Generated;

namespace Leefbaar.Model.Tests.Estimation;

/// <summary>
/// Recovery of known weights from a generated log WOZ: log(woz) = 5.5 + 0.3 · Σ livability effects + Σ dwelling-type
/// effects + noise (σ 0.05). The dwelling-type columns correlate with green share, so they must be controlled for.
/// </summary>
public class HedonicWozEstimatorTests
{
    // Max error over the 2nd–98th percentile range in log units. With 4,000 areas and σ 0.05 the standard error of a
    // term is about 0.002–0.004; over 8 seeds the largest error (environment and controls) was 0.011. 0.02 is 6–9 %
    // of the environment effects' ranges (0.22–0.36) and 8–25 % of the smaller control ranges.
    private const double Tolerance = 0.02;

    private static SyntheticAreas Generate(int seed)
    {
        var s = new SyntheticAreas(seed);
        var woz = s.Table.Columns["woz_mean"] = new double[SyntheticAreas.Count];
        for (var i = 0; i < SyntheticAreas.Count; i++) woz[i] = Math.Exp(5.5 + 0.3 * s.Livability(i) + s.Dwelling(i) + 0.05 * s.Normal());
        return s;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Recovers_environment_effects_and_reports_controls_apart(int seed)
    {
        var s = Generate(seed);
        var w = new HedonicWozEstimator(SyntheticAreas.Catalogue).Estimate(s.Table);

        Assert.Equal("log(woz_mean)", w.Target);
        foreach (var (indicator, f) in SyntheticAreas.Effects)
        {
            var reference = w.Terms.Single(t => t.Spec.Indicator == indicator).Spec.Reference;
            var error = s.MaxError(x => w.Contribution(indicator, x), x => 0.3 * f(x), indicator, reference);
            Assert.True(error < Tolerance, $"{indicator}: max error {error:0.0000}");
        }
        Assert.Equal(SyntheticAreas.ControlEffects.Keys.Order(), w.Controls.Select(c => c.Spec.Indicator).Order());
        Assert.DoesNotContain(w.Terms, t => SyntheticAreas.ControlEffects.ContainsKey(t.Spec.Indicator));
        foreach (var control in w.Controls)
        {
            var f = SyntheticAreas.ControlEffects[control.Spec.Indicator];
            var error = s.MaxError(x => control.Contribution("control", x), f, control.Spec.Indicator, control.Spec.Reference);
            Assert.True(error < Tolerance, $"control {control.Spec.Indicator}: max error {error:0.0000}");
        }
    }

    [Fact]
    public void Woz_is_the_target_never_an_input()
    {
        var s = Generate(1);
        var w = new HedonicWozEstimator(SyntheticAreas.Catalogue).Estimate(s.Table);
        Assert.DoesNotContain(w.Terms.Concat(w.Controls), t => t.Spec.Indicator is "woz_mean" or "migration_background_pct");
        // The fit explains log WOZ: predicted values of the rows lie close to the generated ones.
        var woz = s.Table.Columns["woz_mean"];
        var rmse = Math.Sqrt(Enumerable.Range(0, SyntheticAreas.Count).Average(i => Math.Pow(w.Predict(s.Table, i) - Math.Log(woz[i]), 2)));
        Assert.InRange(rmse, 0.045, 0.055); // the generated noise has σ 0.05
    }

    [Fact]
    public void A_table_without_woz_is_refused()
    {
        var s = new SyntheticAreas(1);
        var e = Assert.Throws<Leefbaar.Core.Errors.UnusableDataException>(() => new HedonicWozEstimator(SyntheticAreas.Catalogue).Estimate(s.Table));
        Assert.Contains("woz_mean", e.Message);
    }
}

using Leefbaar.Model.Scoring;

namespace Leefbaar.Model.Tests.RealData;

/// <summary>P(class ≤ 4) and the class range of the default release on the real 2024 buurten.</summary>
[Collection(RealDataCollection.Name)]
public class WeakProbabilityTests(RealDataFixture fixture)
{
    [Fact]
    public void The_published_probability_is_calibrated_out_of_province()
    {
        var cal = fixture.Release.PWeakCalibration!;
        Assert.True(cal["auc"] > 0.85, $"AUC {cal["auc"]}");
        for (var k = 0; cal.ContainsKey($"bin{k}_n"); k++)
        {
            if (cal[$"bin{k}_n"] < 100) continue;
            var gap = Math.Abs(cal[$"bin{k}_mean_p"] - cal[$"bin{k}_observed"]);
            Assert.True(gap < 0.1, $"bin {cal[$"bin{k}_from"]}–{cal[$"bin{k}_to"]}: mean P {cal[$"bin{k}_mean_p"]} vs observed {cal[$"bin{k}_observed"]}");
        }
    }

    [Fact]
    public void Every_buurt_has_a_class_range_around_its_class_and_a_probability_that_falls_with_the_score()
    {
        var scores = Scorer.Score(fixture.Release, fixture.Table, "buurt");
        Assert.All(scores, s =>
        {
            Assert.InRange(s.Class, s.ClassLow, s.ClassHigh);
            Assert.InRange(s.PWeak, 0.0, 1.0);
        });
        // Predicted weak buurten are likelier weak than predicted good ones.
        var weak = scores.Where(s => s.Class <= 4).Average(s => s.PWeak);
        var good = scores.Where(s => s.Class >= 7).Average(s => s.PWeak);
        Assert.True(weak > 0.4 && good < 0.02, $"mean P(weak): predicted ≤ 4 {weak:0.000}, predicted ≥ 7 {good:0.000}");
        // Count predicted voldoende buurten (class 5) with a real chance of being weak: the signal a point class hides.
        Assert.Contains(scores, s => s.Class == 5 && s.PWeak > 0.2);
    }
}

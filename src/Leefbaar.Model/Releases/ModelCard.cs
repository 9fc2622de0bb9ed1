using System.Globalization;
using System.Text;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.Model.Releases;

/// <summary>Renders the Markdown model card of a release: purpose, data, inputs, exclusions, accuracy, limits.</summary>
public static class ModelCard
{
    private static readonly IReadOnlyList<string> Parts = Leefbaar.Core.Scores.Dimensions.ScoreParts;

    /// <summary>The card text; deterministic for a release.</summary>
    public static string Render(ModelRelease r, IndicatorCatalogue catalogue)
    {
        var sb = new StringBuilder();
        string F(double v, string f = "0.000") => v.ToString(f, CultureInfo.InvariantCulture);
        sb.AppendLine($"# Model card — {r.Id}");
        sb.AppendLine();
        sb.AppendLine("## Purpose");
        sb.AppendLine($"Estimates livability (leefbaarheid) per area in the five dimensions of the Leefbaarometer 3.0, calibrated to the official release **{r.Target}**, from open data only, with every weight published. Variant: **{r.Variant}**" +
            r.Variant switch
            {
                "nowcast" => " — also uses WOZ value and income, which are outcomes rather than environment characteristics: use it for the closest match to the official figures, not to explain them.",
                ReleaseChecks.UserVariant => " — also uses the user-defined indicators named below (a gemeente's own data, with their source and licence): a user release, never the default, and comparable with other areas only where those indicators exist.",
                _ => " — environment characteristics only.",
            });
        var own = r.Terms.Select(t => catalogue.Find(t.Spec.Indicator)).OfType<IndicatorDefinition>().Where(d => d.Role == IndicatorRole.User).DistinctBy(d => d.Code).ToList();
        if (own.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("User-defined indicators in this release: " + string.Join("; ", own.Select(d => $"{d.Code} ({d.NameNl}, source: {d.Source})")) + ".");
        }
        sb.AppendLine();
        sb.AppendLine("This is a statistical prediction, not a causal model: the indicators are not automatically the knobs to turn, and local reality needs local study.");
        sb.AppendLine();
        sb.AppendLine("## Data");
        sb.AppendLine($"- Fitted on {r.Data.FittedAreas:N0} buurten (CBS division {r.Data.Division}, inputs as of {r.Data.Year}) in provinces {string.Join(", ", r.Data.Provinces)}.");
        sb.AppendLine($"- Estimator: {r.Estimator}; ridge penalties per dimension: {string.Join(", ", r.Lambda.Select(kv => $"{kv.Key} {kv.Value.ToString(CultureInfo.InvariantCulture)}"))}.");
        sb.AppendLine($"- lbm = {F(r.Constant, "0.0000")} + afw; classes on afw with boundaries {string.Join(", ", r.ClassBoundaries.Select(b => F(b, "0.0000")))}; dimension classes with σ = {F(r.DimensionClassUnit, "0.00000")}.");
        sb.AppendLine($"- Areas with fewer than {r.ReliabilityMinPopulation:0} inhabitants are flagged unreliable.");
        sb.AppendLine("- Datasets: " + string.Join(", ", r.Data.Datasets.Keys));
        sb.AppendLine();
        sb.AppendLine("## Inputs");
        sb.AppendLine("| indicator | name | dimension | transform | reference | slope at reference |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var t in r.Terms)
        {
            var def = catalogue.Find(t.Spec.Indicator);
            sb.AppendLine($"| {t.Spec.Indicator} | {def?.NameEn ?? ""} | {t.Dimension ?? ""} | {t.Spec.Transform} | {F(t.Spec.Reference, "0.###")} | {F(t.SlopeAtReference, "0.00000")} |");
        }
        sb.AppendLine();
        sb.AppendLine("## Exclusions");
        foreach (var e in r.Exclusions) sb.AppendLine($"- {e}");
        sb.AppendLine();
        sb.AppendLine("## Accuracy (leave-one-province-out: each province predicted by a model that never saw it)");
        sb.AppendLine("| held out | n | " + string.Join(" | ", Parts.Select(p => "ρ " + p)) + " | R² afw | MAE afw | class exact | class ±1 |");
        sb.AppendLine("|---|---|" + string.Concat(Enumerable.Repeat("---|", Parts.Count + 4)));
        foreach (var (p, m) in r.Metrics)
            sb.AppendLine($"| {p} | {m["n"]:0} | " + string.Join(" | ", Parts.Select(x => F(m[$"{x}.spearman"]))) +
                $" | {F(m["afw.r2"])} | {F(m["afw.mae"], "0.0000")} | {F(m["class.exact"] * 100, "0.0")} % | {F(m["class.within1"] * 100, "0.0")} % |");
        sb.AppendLine();
        sb.AppendLine($"90 % prediction interval of afw from cross-validated residuals: [{F(r.AfwResidualQuantiles.ElementAtOrDefault(0), "+0.000;-0.000")}, {F(r.AfwResidualQuantiles.ElementAtOrDefault(1), "+0.000;-0.000")}] around the estimate.");
        sb.AppendLine();
        if (r.AfwResidualBins is { Count: > 0 } bins && r.PWeakCalibration is { } cal)
        {
            sb.AppendLine("## Uncertainty per area");
            sb.AppendLine($"Each buurt's 90 % interval, class range and P(class ≤ 4) come from the out-of-province residuals of the {bins.Count} bins of buurten predicted at a similar level " +
                $"(5 % … 95 % residual quantile from {F(bins[0].Quantiles[1], "+0.000;-0.000")} … {F(bins[0].Quantiles[^2], "+0.000;-0.000")} in the lowest bin to " +
                $"{F(bins[^1].Quantiles[1], "+0.000;-0.000")} … {F(bins[^1].Quantiles[^2], "+0.000;-0.000")} in the highest).");
            sb.AppendLine();
            sb.AppendLine($"Calibration of P(class ≤ 4), each province scored with bins learned without it: Brier {F(cal["brier"], "0.0000")}, AUC {F(cal["auc"], "0.000")}, base rate {F(cal["base_rate"] * 100, "0.0")} %.");
            sb.AppendLine();
            sb.AppendLine("| P(weak) | buurten | mean P | officially weak |");
            sb.AppendLine("|---|---|---|---|");
            for (var k = 0; cal.ContainsKey($"bin{k}_n"); k++)
                sb.AppendLine($"| {F(cal[$"bin{k}_from"], "0.00")}–{F(cal[$"bin{k}_to"], "0.00")} | {cal[$"bin{k}_n"]:0} | {F(cal[$"bin{k}_mean_p"] * 100, "0.0")} % | {F(cal[$"bin{k}_observed"] * 100, "0.0")} % |");
            sb.AppendLine();
        }
        sb.AppendLine("## Limits");
        sb.AppendLine("- The official instrument uses ~94 indicators measured around each dwelling (noise, green, heat, building age, vacancy, amenities by type); the open national data available here covers far fewer, so the physical-environment dimension (fys) is the weakest.");
        sb.AppendLine("- Rural areas and very small buurten are estimated less precisely; treat their classes as indicative.");
        sb.AppendLine("- Scores of different releases are never comparable; compare years only within one release.");
        return sb.ToString();
    }
}

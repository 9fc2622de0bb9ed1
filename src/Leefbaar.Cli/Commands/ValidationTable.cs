using System.Globalization;
using Leefbaar.Model.Releases;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>Prints a release's leave-one-province-out metrics as a table on standard output.</summary>
public static class ValidationTable
{
    private static readonly string[] Parts = ["afw", "won", "fys", "vrz", "soc", "onv"];

    /// <summary>Writes the table: one row per held-out province and one for all, Spearman ρ per part and class agreement.</summary>
    public static void Write(ModelRelease release)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 220;
        var table = new Table().Title($"Leave-one-province-out validation of {release.Id} (Spearman ρ; R² and MAE of afw)")
            .AddColumn("held out").AddColumn("n");
        foreach (var p in Parts) table.AddColumn("ρ " + p);
        table.AddColumn("R² afw").AddColumn("MAE afw").AddColumn("class =").AddColumn("class ±1")
            .AddColumn("weak ≤4 n").AddColumn("recall").AddColumn("precision").AddColumn("≤3 n").AddColumn("≤3 recall").AddColumn("sd pred/off");
        foreach (var (province, m) in release.Metrics)
        {
            var cells = new List<string> { province, F(m["n"], "0") };
            cells.AddRange(Parts.Select(p => F(m[$"{p}.spearman"], "0.000")));
            cells.Add(F(m["afw.r2"], "0.000"));
            cells.Add(F(m["afw.mae"], "0.0000"));
            cells.Add(F(m["class.exact"] * 100, "0.0") + " %");
            cells.Add(F(m["class.within1"] * 100, "0.0") + " %");
            cells.Add(Get(m, "weak.official", "0"));
            cells.Add(Get(m, "weak.recall", "0.000"));
            cells.Add(Get(m, "weak.precision", "0.000"));
            cells.Add(Get(m, "weak3.official", "0"));
            cells.Add(Get(m, "weak3.recall", "0.000"));
            cells.Add(m.TryGetValue("afw.sd_predicted", out var sp) && m.TryGetValue("afw.sd_official", out var so) ? F(sp, "0.000") + "/" + F(so, "0.000") : "");
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    /// <summary>
    /// Writes the low end: each class mapping of the cross-validated predictions (nested per held-out province) with
    /// class agreement and weak (class ≤ 4) recall/precision, and the pooled official × predicted class confusion.
    /// </summary>
    public static void WriteLowEnd(IReadOnlyList<Leefbaar.Model.Validation.ClassMappingResult> mappings, IReadOnlyList<int> officialClass)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 220;
        var t = new Table().Title("Class mappings of the out-of-province afw (learned on the other provinces only)")
            .AddColumn("mapping").AddColumn("class =").AddColumn("class ±1").AddColumn("flagged ≤4").AddColumn("weak recall").AddColumn("weak precision").AddColumn("weak F1").AddColumn("≤3 recall").AddColumn("≤3 precision");
        foreach (var r in mappings)
            t.AddRow(r.Name, F(r.Exact * 100, "0.0") + " %", F(r.WithinOne * 100, "0.0") + " %", r.Weak.Flagged.ToString(CultureInfo.InvariantCulture),
                F(r.Weak.Recall, "0.000"), F(r.Weak.Precision, "0.000"), F(r.Weak.F1, "0.000"), F(r.VeryWeak.Recall, "0.000"), F(r.VeryWeak.Precision, "0.000"));
        console.Write(t);
        var confusion = Leefbaar.Model.Validation.LowEnd.Confusion(officialClass, mappings[0].Classes);
        var c = new Table().Title($"Class confusion, pooled ({mappings[0].Name}): official class (rows) × predicted class (columns)").AddColumn("official");
        for (var j = 1; j <= 9; j++) c.AddColumn(j.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < 9; i++)
            c.AddRow(new[] { (i + 1).ToString(CultureInfo.InvariantCulture) }.Concat(Enumerable.Range(0, 9).Select(j => confusion[i, j].ToString(CultureInfo.InvariantCulture))).ToArray());
        console.Write(c);
    }

    /// <summary>Writes the calibration of P(class ≤ 4) (leave-one-province-out bins), when the release has one.</summary>
    public static void WriteCalibration(Leefbaar.Model.Releases.ModelRelease release)
    {
        if (release.PWeakCalibration is not { } cal) return;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 160;
        console.MarkupLine($"Calibration of P(class ≤ 4) per buurt (bins learned without the held-out province): Brier {F(cal["brier"], "0.0000")}, AUC {F(cal["auc"], "0.000")}, base rate {F(cal["base_rate"] * 100, "0.0")} %");
        var t = new Table()
            .AddColumn("P(weak)").AddColumn("buurten").AddColumn("mean P").AddColumn("officially weak");
        for (var k = 0; cal.ContainsKey($"bin{k}_n"); k++)
            t.AddRow($"{F(cal[$"bin{k}_from"], "0.00")}–{F(cal[$"bin{k}_to"], "0.00")}", F(cal[$"bin{k}_n"], "0"),
                F(cal[$"bin{k}_mean_p"] * 100, "0.0") + " %", F(cal[$"bin{k}_observed"] * 100, "0.0") + " %");
        console.Write(t);
    }

    private static string Get(System.Collections.Generic.IDictionary<string, double> m, string key, string format) =>
        m.TryGetValue(key, out var v) ? F(v, format) : "";

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
}

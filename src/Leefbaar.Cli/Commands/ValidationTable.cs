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
        table.AddColumn("R² afw").AddColumn("MAE afw").AddColumn("class =").AddColumn("class ±1");
        foreach (var (province, m) in release.Metrics)
        {
            var cells = new List<string> { province, F(m["n"], "0") };
            cells.AddRange(Parts.Select(p => F(m[$"{p}.spearman"], "0.000")));
            cells.Add(F(m["afw.r2"], "0.000"));
            cells.Add(F(m["afw.mae"], "0.0000"));
            cells.Add(F(m["class.exact"] * 100, "0.0") + " %");
            cells.Add(F(m["class.within1"] * 100, "0.0") + " %");
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
}

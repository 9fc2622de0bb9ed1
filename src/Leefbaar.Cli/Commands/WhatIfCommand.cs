using System.CommandLine;
using System.Globalization;
using Leefbaar.App.WhatIf;
using Leefbaar.Core.Scores;
using Leefbaar.App.Workspaces;
using Leefbaar.Model.Catalogue;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar whatif BU05991571 --set crime_per_1000=-20% --set dist_supermarket_km=0.5`: a buurt's score with changed inputs.</summary>
public static class WhatIfCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var code = new Argument<string>("code") { Description = "A buurt code (BU########)." };
        var set = new Option<string[]>("--set") { Description = "A change: indicator=value, indicator=-20% or indicator=as:BU########. Repeat for several.", Required = true, AllowMultipleArgumentsPerToken = false };
        var release = new Option<string?>("--release") { Description = "Release id or file. Default: the newest default release." };
        var store = CommonOptions.Store();
        var cmd = new Command("whatif", "What-if: rescore a buurt with changed indicator values (absolute, relative or as in another area); shows the change per dimension and class and the contributions that moved. An association in the model, not a causal prediction.")
            { code, set, release, store };
        cmd.SetAction(parse =>
        {
            var catalogue = IndicatorCatalogue.Default;
            var changes = parse.GetValue(set)!.Select(WhatIfChange.Parse).ToList();
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var r = s.WhatIf(parse.GetValue(code)!, changes, parse.GetValue(release), catalogue);
            Write(r, catalogue);
            return 0;
        });
        return cmd;
    }

    private static void Write(WhatIfResult r, IndicatorCatalogue catalogue)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 160;
        if (r.Demo) console.MarkupLine("[yellow]SYNTHETIC DEMO DATA — not real measurements[/]");
        var (b, a) = (r.Before, r.After);
        console.MarkupLine($"[bold]{Markup.Escape(b.Name)}[/] ({b.Code}) — release {r.Release.Id}; {Markup.Escape(string.Join("; ", r.Changes))}");
        console.MarkupLine("[grey]Een samenhang in het model, geen voorspelling van oorzaak en gevolg. / An association in the model, not a causal prediction.[/]");
        var t = new Table().AddColumns("", "afw", "won", "fys", "vrz", "soc", "onv", "class");
        t.AddRow("now", F(b.Afw), F(b.Won), F(b.Fys), F(b.Vrz), F(b.Soc), F(b.Onv), $"{b.Class} {ScoreClass.DutchLabel(b.Class)}");
        t.AddRow("what-if", F(a.Afw), F(a.Won), F(a.Fys), F(a.Vrz), F(a.Soc), F(a.Onv), $"{a.Class} {ScoreClass.DutchLabel(a.Class)}");
        t.AddRow("change", F(a.Afw - b.Afw), F(a.Won - b.Won), F(a.Fys - b.Fys), F(a.Vrz - b.Vrz), F(a.Soc - b.Soc), F(a.Onv - b.Onv), a.Class == b.Class ? "=" : $"{b.Class} → {a.Class}");
        console.Write(t);
        if (!double.IsNaN(a.PWeak)) console.MarkupLine($"P(class ≤ 4, zwak of slechter): {b.PWeak * 100:0} % → {a.PWeak * 100:0} %");

        var inputs = new Table().Title("Inputs that moved").AddColumns("indicator", "now", "what-if", "fitted range", "");
        foreach (var i in r.Inputs)
            inputs.AddRow(Markup.Escape(catalogue.Find(i.Indicator)?.NameNl ?? i.Indicator), F(i.Before), F(i.After), $"{F(i.SeenMin)} … {F(i.SeenMax)}",
                (i.Requested ? "asked" : "follows") + (i.Extrapolated ? " [yellow]extrapolation[/]" : ""));
        console.Write(inputs);
        var moved = new Table().Title("Contributions that moved (they add up to the change)").AddColumns("indicator", "won", "fys", "vrz", "soc", "onv", "afw");
        foreach (var c in r.Contributions)
            moved.AddRow(Markup.Escape(catalogue.Find(c.Indicator)?.NameNl ?? c.Indicator), F(c.Delta["won"]), F(c.Delta["fys"]), F(c.Delta["vrz"]), F(c.Delta["soc"]), F(c.Delta["onv"]), F(c.Total));
        console.Write(moved);
        foreach (var n in r.Notes) console.MarkupLine($"[yellow]note:[/] {Markup.Escape(n)}");
    }

    private static string F(double v) => double.IsNaN(v) ? "" : v.ToString("0.####", CultureInfo.InvariantCulture);
}

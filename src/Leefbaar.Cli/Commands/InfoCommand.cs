using System.CommandLine;
using Leefbaar.App.Workspaces;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar info [--store FILE]`: what the store holds, per level, division, indicator, source and release.</summary>
public static class InfoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var store = CommonOptions.Store();
        var cmd = new Command("info", "Print counts per level, division year, indicator, source and score release.") { store };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            if (Console.IsOutputRedirected) console.Profile.Width = 200; // pipes and files get full rows, not wrapped cells
            console.MarkupLine($"[bold]Store[/] {Markup.Escape(s.FilePath)}");
            if (s.IsDemo) console.MarkupLine("[yellow]SYNTHETIC DEMO DATA — not real measurements[/]");

            var levels = new Table().Title("Areas").AddColumns("level", "division", "areas", "with indicators", "with geometry");
            foreach (var l in s.LevelCounts()) levels.AddRow(l.Level, l.Division.ToString(), l.Areas.ToString("N0"), l.WithObservations.ToString("N0"), l.WithGeometry.ToString("N0"));
            console.Write(levels);

            var scores = new Table().Title("Official scores").AddColumns("release", "level", "year", "areas", "with lbm", "with afw", "with class", "developments");
            foreach (var c in s.ScoreCounts()) scores.AddRow(c.Release, c.Level, c.Year.ToString(), c.Areas.ToString("N0"), c.WithLbm.ToString("N0"), c.WithAfw.ToString("N0"), c.WithClass.ToString("N0"), c.Developments.ToString("N0"));
            console.Write(scores);

            var indicators = new Table().Title("Indicators").AddColumns("indicator", "source", "level", "division", "years", "areas");
            foreach (var i in s.IndicatorCounts()) indicators.AddRow(i.Indicator, i.Source, i.Level, i.Division.ToString(), i.Years, i.Areas.ToString("N0"));
            console.Write(indicators);

            var datasets = new Table().Title("Datasets").AddColumns("id", "format", "imported", "areas", "observations", "scores", "geometries");
            foreach (var d in s.Datasets()) datasets.AddRow(Markup.Escape(d.Id), d.Format, d.ImportedAt.ToString("yyyy-MM-dd HH:mm"), d.Areas.ToString("N0"), d.Observations.ToString("N0"), d.Scores.ToString("N0"), d.Geometries.ToString("N0"));
            console.Write(datasets);
            return 0;
        });
        return cmd;
    }
}

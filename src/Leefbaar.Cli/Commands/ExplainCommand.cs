using Leefbaar.Core.Areas;
using System.CommandLine;
using System.Globalization;
using Leefbaar.Core.Scores;
using Leefbaar.App.Workspaces;
using Leefbaar.Model.Scoring;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar explain CODE [--year 2024] [--release ID]`: why an area scores as it does, indicator by indicator.</summary>
public static class ExplainCommand
{
    private static readonly IReadOnlyList<string> Dims = Leefbaar.Core.Scores.Dimensions.Codes;

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var code = new Argument<string>("code") { Description = "A buurt code (BU########)." };
        var year = new Option<int>("--year") { Description = "Year (the release's year).", DefaultValueFactory = _ => 2024 };
        var release = new Option<string?>("--release") { Description = "Release id or file. Default: the newest default release." };
        var top = new Option<int>("--top") { Description = "Show this many indicators (largest contributions first).", DefaultValueFactory = _ => 15 };
        var store = CommonOptions.Store();
        var cmd = new Command("explain", "Explain a buurt's score: each indicator's value, the reference and its contribution per dimension (they add up exactly), next to its gemeente and Nederland.")
            { code, year, release, top, store };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var catalogue = s.CatalogueWithUserIndicators(); // a user release names the store's own indicators
            var e = s.Explain(parse.GetValue(code)!, parse.GetValue(year), parse.GetValue(release), catalogue);
            var (r, score, gm, nl, official, contributions) = (e.Release, e.Area, e.Gemeente, e.Nederland, e.Official, e.Contributions);

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            if (Console.IsOutputRedirected) console.Profile.Width = 160;
            if (e.Demo) console.MarkupLine("[yellow]SYNTHETIC DEMO DATA — not real measurements[/]");
            console.MarkupLine($"[bold]{Markup.Escape(score.Name)}[/] ({score.Code}), {Markup.Escape(gm?.Name ?? score.Gemeente ?? "")} — release {r.Id}");
            console.MarkupLine($"afw {F(score.Afw)} → class {score.Class} [bold]{ScoreClass.DutchLabel(score.Class)}[/] ({ScoreClass.EnglishLabel(score.Class)}); lbm {F(score.Lbm)}; 90 % interval afw [[{F(score.AfwLower)}, {F(score.AfwUpper)}]], class {score.ClassLow}–{score.ClassHigh}" +
                (double.IsNaN(score.PWeak) ? "" : $"; P(class ≤ 4, zwak of slechter) {score.PWeak * 100:0} %") +
                (score.Reliable ? "" : " — [yellow]unreliable: few inhabitants[/]"));

            var summary = new Table().AddColumns("", "afw", "won", "fys", "vrz", "soc", "onv", "class");
            void Add(string label, AreaScore? x)
            {
                if (x is null) return;
                summary.AddRow(Markup.Escape(label), F(x.Afw), F(x.Won), F(x.Fys), F(x.Vrz), F(x.Soc), F(x.Onv), x.Class.ToString());
            }
            Add(score.Name, score);
            Add(gm?.Name ?? LevelName.Gemeente, gm);
            Add("Nederland", nl);
            if (official?.Afw is not null)
                summary.AddRow($"official {r.Target}", F(official.Afw.Value), F(official.Won ?? double.NaN), F(official.Fys ?? double.NaN), F(official.Vrz ?? double.NaN), F(official.Soc ?? double.NaN), F(official.Onv ?? double.NaN), official.KTotal?.ToString() ?? "");
            console.Write(summary);

            var detail = new Table().Title("Contributions (f(value) − f(reference)); base + contributions = score").AddColumns("indicator", "value", "reference", "won", "fys", "vrz", "soc", "onv", "total");
            foreach (var c in contributions.Take(parse.GetValue(top)))
            {
                var def = catalogue.Find(c.Indicator);
                detail.AddRow(new[] { Markup.Escape(def?.NameNl ?? c.Indicator), F(c.Value), F(c.Reference) }.Concat(Dims.Select(d => F(c.PerDimension[d]))).Append(F(c.Total)).ToArray());
            }
            var rest = contributions.Skip(parse.GetValue(top)).ToList();
            if (rest.Count > 0)
                detail.AddRow(new[] { $"{rest.Count} other indicators", "", "" }.Concat(Dims.Select(d => F(rest.Sum(c => c.PerDimension[d])))).Append(F(rest.Sum(c => c.Total))).ToArray());
            detail.AddRow(new[] { "base (all indicators at reference)", "", "" }.Concat(Dims.Select(d => F(r.DimensionBase[d]))).Append(F(r.DimensionBase.Values.Sum())).ToArray());
            console.Write(detail);
            return 0;
        });
        return cmd;
    }

    private static string F(double v) => double.IsNaN(v) ? "–" : v.ToString("0.0000", CultureInfo.InvariantCulture);
}

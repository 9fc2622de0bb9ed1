using Leefbaar.Core.Areas;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Leefbaar.App.AreaSets;
using Leefbaar.Core.Scores;
using Leefbaar.App.Workspaces;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar sets add FILE | list | show ID`: named area sets such as the NPRZ focus areas, with their ring as a waterbed check.</summary>
public static class SetsCommand
{
    /// <summary>Builds the command and its three subcommands.</summary>
    public static Command Build()
    {
        var cmd = new Command("sets", "Named area sets (a CSV of codes or names with its source): add, list, and show the distribution over the classes, the dimensions and a comparison with the ring of neighbouring buurten, the rest of the gemeenten and Nederland.");
        cmd.Subcommands.Add(Add());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Show());
        return cmd;
    }

    private static Command Add()
    {
        var file = new Argument<string>("file") { Description = "A set file: '# id:', '# name:', '# description:', '# source:' lines, then 'entry,gemeente' rows (codes, or names with their GM code)." };
        var store = CommonOptions.Store();
        var cmd = new Command("add", "Stores a set (replacing one with the same id) and prints how every entry was mapped to the buurten of the newest division.") { file, store };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!);
            var set = s.AddAreaSet(parse.GetValue(file)!, DateTime.UtcNow);
            var console = Console();
            console.MarkupLine($"[bold]{Markup.Escape(set.Name)}[/] ({set.Id}): {set.Members.Count} buurten of division {set.Division}");
            var t = new Table().AddColumns("entry", "buurten");
            foreach (var g in set.Members.GroupBy(m => m.Entry)) t.AddRow(Markup.Escape(g.Key), string.Join(' ', g.Select(m => m.Code)));
            console.Write(t);
            return 0;
        });
        return cmd;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var cmd = new Command("list", "The stored sets.") { store };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var t = new Table().AddColumns("id", "name", "buurten", "division", "source");
            foreach (var set in s.AreaSets()) t.AddRow(set.Id, Markup.Escape(set.Name), set.Members.Count.ToString(CultureInfo.InvariantCulture), set.Division.ToString(CultureInfo.InvariantCulture), Markup.Escape(set.Source));
            Console().Write(t);
            return 0;
        });
        return cmd;
    }

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "The set's id." };
        var source = new Option<string?>("--source") { Description = "official or model; default official when every member has an official score." };
        source.AcceptOnlyFromAmong("official", "model");
        var release = new Option<string?>("--release") { Description = "Model release id or file. Default: the newest default release." };
        var format = CommonOptions.Format("text", "json");
        var store = CommonOptions.Store();
        var output = CommonOptions.Out();
        var cmd = new Command("show", "A set's report: residents per class, the dimensions, and the set against its ring (waterbed check), the rest of its gemeenten and Nederland.")
            { id, source, release, format, store, output };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var r = s.AreaSetReport(parse.GetValue(id)!, parse.GetValue(source), parse.GetValue(release));
            if (parse.GetValue(format) == "json")
                CliRunner.Emit(parse.GetValue(output), JsonSerializer.Serialize(r, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }) + "\n");
            else Write(r);
            return 0;
        });
        return cmd;
    }

    private static void Write(AreaSetReport r)
    {
        var console = Console();
        console.MarkupLine($"[bold]{Markup.Escape(r.Set.Name)}[/] ({r.Set.Id}) — {r.Set.Members.Count} buurten; {(r.Source == "official" ? "official scores" : "model scores")} {r.Release}, {r.Year}");
        if (r.Set.Description.Length > 0) console.MarkupLine(Markup.Escape(r.Set.Description));
        console.MarkupLine($"[grey]Source: {Markup.Escape(r.Set.Source)}[/]");
        var t = new Table().AddColumns("group", "buurten", "inhabitants", "afw", "won", "fys", "vrz", "soc", "onv", "share in class 1–4");
        foreach (var g in new[] { r.Summary.Set, r.Summary.Ring, r.Summary.RestOfGemeenten, r.Summary.Nederland })
            t.AddRow(GroupName(g.Group) + (g.Group == "nederland" && r.Source == "official" ? " (buurten with an official score)" : ""), g.Buurten.ToString(CultureInfo.InvariantCulture), g.Inhabitants.ToString("N0", CultureInfo.InvariantCulture),
                F(g.Afw), F(g.Won), F(g.Fys), F(g.Vrz), F(g.Soc), F(g.Onv), double.IsNaN(g.ShareWeak) ? "—" : (g.ShareWeak * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %");
        console.Write(t);
        var classes = new Table().Title("Residents per class").AddColumns(["group", .. Enumerable.Range(1, 9).Select(c => $"{c} {ScoreClass.DutchLabel(c)}")]);
        foreach (var g in new[] { r.Summary.Set, r.Summary.Ring })
            classes.AddRow([GroupName(g.Group), .. g.ResidentsPerClass.Select(v => v.ToString("N0", CultureInfo.InvariantCulture))]);
        console.Write(classes);
        var members = new Table().Title("Members (entry → buurt)").AddColumns("entry", LevelName.Buurt, "name", "afw", "class");
        foreach (var m in r.Members)
            members.AddRow(Markup.Escape(m.Entry), m.Code, Markup.Escape(m.Name), m.Afw is { } a ? F(a) : "—", m.Class is { } c ? $"{c} {ScoreClass.DutchLabel(c)}" : "—");
        console.Write(members);
        if (r.Trend.Count > 0)
        {
            var trend = new Table().Title($"Development on the postcode series {r.TrendRelease} (each buurt as its main postcode)").AddColumns("year", "the set", "ring", "Nederland");
            foreach (var p in r.Trend) trend.AddRow(p.Year.ToString(CultureInfo.InvariantCulture), p.Set is { } a ? F(a) : "—", p.Ring is { } b ? F(b) : "—", p.Nederland is { } c ? F(c) : "—");
            console.Write(trend);
        }
        if (r.Summary.MissingScores.Count > 0) console.MarkupLine($"[yellow]no score:[/] {string.Join(' ', r.Summary.MissingScores)}");
    }

    private static string GroupName(string group) => group switch
    {
        "set" => "the set",
        "ring" => "ring (neighbouring buurten)",
        "rest_of_gemeenten" => "rest of its gemeenten",
        _ => "Nederland",
    };

    private static string F(double v) => double.IsNaN(v) ? "—" : v.ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture);

    private static IAnsiConsole Console()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        if (System.Console.IsOutputRedirected) console.Profile.Width = 180;
        return console;
    }
}

using System.CommandLine;
using Leefbaar.App.Workspaces;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar indicators add --values F.csv --catalogue F.json | list`: a gemeente's own indicators.</summary>
public static class IndicatorsCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Build()
    {
        var cmd = new Command("indicators", "A gemeente's own indicators (a resident survey, nuisance reports): add them with a catalogue entry each, list them. Shown in profiles with their source; the default release never uses them.");
        cmd.Subcommands.Add(Add());
        cmd.Subcommands.Add(List());
        return cmd;
    }

    private static Command Add()
    {
        var values = new Option<string>("--values") { Description = "CSV with columns area,indicator,value[,year] (area: BU/WK/GM code).", Required = true };
        var catalogue = new Option<string>("--catalogue") { Description = "JSON array of {\"indicator\": {code (user_…), nl, en, unit, source, dimension, direction}, \"licence\"}.", Required = true };
        var year = new Option<int>("--year") { Description = "Year of rows without a year column.", DefaultValueFactory = _ => 2024 };
        var store = CommonOptions.Store();
        var cmd = new Command("add", "Checks the catalogue entries (own 'user_' codes, names, dimension, source, licence; no migration-background, ethnicity or nationality indicator) and the values, and stores both in one transaction.")
            { values, catalogue, year, store };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!);
            var (indicators, count) = s.AddUserIndicators(parse.GetValue(values)!, parse.GetValue(catalogue)!, parse.GetValue(year), DateTime.UtcNow);
            System.Console.WriteLine($"{count:N0} values of {indicators.Count} user indicator(s) stored as dataset {indicators[0].Dataset}: {string.Join(", ", indicators.Select(i => i.Definition.Code))}");
            return 0;
        });
        return cmd;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var cmd = new Command("list", "The stored user indicators with their source and licence.") { store };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var t = new Table().AddColumns("code", "naam", "name", "unit", "dimension", "source", "licence", "dataset");
            foreach (var u in s.UserIndicators())
                t.AddRow(u.Definition.Code, Markup.Escape(u.Definition.NameNl), Markup.Escape(u.Definition.NameEn), Markup.Escape(u.Definition.Unit),
                    u.Definition.Dimension ?? "", Markup.Escape(u.Definition.Source), Markup.Escape(u.Licence), u.Dataset);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
            if (System.Console.IsOutputRedirected) console.Profile.Width = 180;
            console.Write(t);
            return 0;
        });
        return cmd;
    }
}

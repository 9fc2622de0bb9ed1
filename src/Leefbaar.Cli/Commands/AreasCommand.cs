using Leefbaar.Core.Text;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using Leefbaar.App.Workspaces;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar areas --level buurt --division 2024 [--gemeente GM0307] --format csv|json`.</summary>
public static class AreasCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var level = new Option<string>("--level") { Description = "buurt, wijk, gemeente, pc4, provincie, cell or land.", Required = true };
        var division = new Option<int>("--division") { Description = "CBS division (indeling) year.", DefaultValueFactory = _ => 2024 };
        var gemeente = new Option<string?>("--gemeente") { Description = "Only areas in this gemeente (GM####)." };
        var format = CommonOptions.Format("csv", "json");
        var store = CommonOptions.Store();
        var output = CommonOptions.Out();
        var cmd = new Command("areas", "List areas of one level and division with their parents.") { level, division, gemeente, format, store, output };
        cmd.SetAction(parse =>
        {
            var lvl = AreaLevels.Parse(parse.GetValue(level)!);
            var gm = parse.GetValue(gemeente);
            if (gm is not null && AreaCode.Parse(gm) is { Level: not AreaLevel.Gemeente }) throw new FormatException($"--gemeente expects a GM#### code, got '{gm}'.");
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var rows = s.Areas(lvl.Name(), parse.GetValue(division), gm is null ? null : AreaCode.Parse(gm).Value);
            var text = parse.GetValue(format) == "json" ? Json(rows) : Csv(rows);
            CliRunner.Emit(parse.GetValue(output), text);
            return 0;
        });
        return cmd;
    }

    private static string Csv(List<AreaRow> rows)
    {
        var sb = new StringBuilder("code,level,division,name,wijk,gemeente,provincie\n");
        foreach (var r in rows)
            sb.Append(r.Code).Append(',').Append(r.Level).Append(',').Append(r.Division).Append(',').Append(CsvField.Escape(r.Name)).Append(',')
              .Append(r.Wijk).Append(',').Append(r.Gemeente).Append(',').Append(r.Provincie).Append('\n');
        return sb.ToString();
    }

    private static string Json(List<AreaRow> rows) =>
        JsonSerializer.Serialize(rows.Select(r => new { code = r.Code, level = r.Level, division = r.Division, name = r.Name, wijk = r.Wijk, gemeente = r.Gemeente, provincie = r.Provincie }),
            new JsonSerializerOptions { WriteIndented = true }) + "\n";
}

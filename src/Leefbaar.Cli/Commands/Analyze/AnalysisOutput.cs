using Leefbaar.Analysis;
using Leefbaar.Analysis.Reporting;
using Leefbaar.App.Analysis;
using Spectre.Console;

namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>Runs a statistic on the store and writes it as console tables, CSV (primary table) or JSON.</summary>
public static class AnalysisOutput
{
    /// <summary>Runs and emits; returns the exit code.</summary>
    public static int Run(AnalyzeOptions o, System.CommandLine.ParseResult p, string statistic, string defaultLevel, int maxRows = 40) =>
        Run(o, p, statistic, defaultLevel, r => r, maxRows);

    /// <summary>As <see cref="Run(AnalyzeOptions, System.CommandLine.ParseResult, string, string, int)"/>, with subcommand-specific request settings.</summary>
    public static int Run(AnalyzeOptions o, System.CommandLine.ParseResult p, string statistic, string defaultLevel, Func<AnalysisRequest, AnalysisRequest> refine, int maxRows = 40)
    {
        var result = AnalysisService.OfFile(p.GetValue(o.Store)!).RunOnce(statistic, refine(o.Request(p, defaultLevel)));
        var outFile = p.GetValue(o.Out);
        switch (p.GetValue(o.Format))
        {
            case "csv": CliRunner.Emit(outFile, AnalysisFormats.Csv(result)); break;
            case "json": CliRunner.Emit(outFile, AnalysisFormats.Json(result) + "\n"); break;
            default: CliRunner.Emit(outFile, Tables(result, outFile is null ? maxRows : int.MaxValue)); break;
        }
        return 0;
    }

    private static string Tables(AnalysisResult r, int maxRows)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 240;
        console.MarkupLine($"[bold]{Markup.Escape(r.Statistic)}[/]: {Markup.Escape(r.Description)}");
        foreach (var (k, v) in r.Meta)
            console.MarkupLine($"  {Markup.Escape(k)} = {Markup.Escape(v is System.Collections.IEnumerable e and not string ? string.Join(", ", e.Cast<object>()) : AnalysisFormats.Cell(v))}");
        foreach (var t in r.Tables)
        {
            var table = new Table().Title(t.Rows.Count > maxRows ? $"{t.Name} (first {maxRows} of {t.Rows.Count}; use --format csv for all)" : t.Name);
            // wide tables (per-class residents) show shares only on the console; CSV and JSON keep every column
            var shown = Enumerable.Range(0, t.Columns.Count).Where(i => t.Columns.Count <= 14 || !IsCount(t.Columns[i])).ToArray();
            foreach (var i in shown) table.AddColumn(Markup.Escape(t.Columns[i]));
            foreach (var row in t.Rows.Take(maxRows)) table.AddRow(shown.Select(i => Markup.Escape(Short(row[i]))).ToArray());
            console.Write(table);
        }
        return writer.ToString();
    }

    private static bool IsCount(string column) => column.StartsWith("residents_", StringComparison.Ordinal) && char.IsDigit(column[^1]);

    private static string Short(object? c) => c is double d && !double.IsNaN(d) ? d.ToString(Math.Abs(d) >= 1000 ? "N0" : "0.####", System.Globalization.CultureInfo.InvariantCulture) : AnalysisFormats.Cell(c);
}

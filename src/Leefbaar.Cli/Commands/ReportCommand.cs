using Leefbaar.Core.Areas;
using System.CommandLine;
using System.Diagnostics;
using Leefbaar.App.Reports;
using Leefbaar.App.Workspaces;

namespace Leefbaar.Cli.Commands;

/// <summary>
/// `leefbaar report gemeente GM0599|--gemeente NAME --year 2024 --out DIR [--lang en] [--no-pdf]` and
/// `leefbaar report national --year 2024 --out DIR`: a self-contained HTML report and its PDF.
/// </summary>
public static class ReportCommand
{
    /// <summary>Builds the command with its two reports.</summary>
    public static Command Build()
    {
        var cmd = new Command("report", "Write a report as one self-contained HTML file (inline CSS and SVG) and a PDF of it (headless Chromium): the wijkdiagnose of a gemeente or the national livability report.");
        cmd.Subcommands.Add(Gemeente());
        cmd.Subcommands.Add(National());
        return cmd;
    }

    private static (Option<int> Year, Option<string> Out, Option<string> Lang, Option<bool> NoPdf, Option<string> Store) Common()
    {
        var year = new Option<int>("--year") { Description = "Measurement year.", DefaultValueFactory = _ => 2024 };
        var output = new Option<string>("--out") { Description = "Folder to write the HTML and PDF into.", DefaultValueFactory = _ => "reports" };
        var lang = new Option<string>("--lang") { Description = "Language of the text: nl or en.", DefaultValueFactory = _ => "nl" };
        lang.AcceptOnlyFromAmong("nl", "en");
        var noPdf = new Option<bool>("--no-pdf") { Description = "Write the HTML only." };
        return (year, output, lang, noPdf, CommonOptions.Store());
    }

    private static Command Gemeente()
    {
        var code = new Argument<string?>("code") { Description = "Gemeente code (GM0599) or name.", Arity = ArgumentArity.ZeroOrOne };
        var name = new Option<string?>("--gemeente") { Description = "Gemeente by name (Rotterdam) or code." };
        var (year, output, lang, noPdf, store) = Common();
        var cmd = new Command(LevelName.Gemeente, "Wijkdiagnose of one gemeente: map of its buurten, every wijk and buurt with class and dimensions, weakest buurten, comparison with Nederland and its group, early-warning signals, methods and sources.")
            { code, name, year, output, lang, noPdf, store };
        cmd.SetAction(parse =>
        {
            var which = parse.GetValue(code) ?? parse.GetValue(name)
                        ?? throw new ArgumentException("Name the gemeente: 'report gemeente GM0599' or 'report gemeente --gemeente Rotterdam'.");
            return Run(parse.GetValue(store)!, new ReportRequest(LevelName.Gemeente, which, parse.GetValue(year), parse.GetValue(output)!, parse.GetValue(lang)!, !parse.GetValue(noPdf)));
        });
        return cmd;
    }

    private static Command National()
    {
        var (year, output, lang, noPdf, store) = Common();
        var cmd = new Command("national", "The national livability report: residents per class and where the residents of insufficient buurten live, differences by group, province and urbanity, inequality, a map of the gemeenten.")
            { year, output, lang, noPdf, store };
        cmd.SetAction(parse => Run(parse.GetValue(store)!, new ReportRequest("national", null, parse.GetValue(year), parse.GetValue(output)!, parse.GetValue(lang)!, !parse.GetValue(noPdf))));
        return cmd;
    }

    private static int Run(string storePath, ReportRequest request)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string step) => Console.Error.WriteLine($"report {request.Kind}: {step}… ({clock.Elapsed.TotalSeconds:0.0} s)");
        using var store = Workspace.Open(storePath, readOnly: true);
        var result = store.Report(request, Progress);
        Console.Error.WriteLine($"wrote {result.Html}");
        if (result.Pdf is not null) Console.Error.WriteLine($"wrote {result.Pdf}");
        else Console.Error.WriteLine($"note: {result.PdfSkipped}");
        Console.Error.WriteLine($"report {request.Kind}: done in {result.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}

using Leefbaar.Core.Areas;
using System.Diagnostics;
using System.Text;
using Leefbaar.Data.Store;

namespace Leefbaar.App.Reports;

/// <summary>What a report run wrote.</summary>
public sealed record ReportOutput(string Html, string? Pdf, string? PdfSkipped, TimeSpan Elapsed);

/// <summary>Which report and how: the national report or the wijkdiagnose of one gemeente (code or name).</summary>
public sealed record ReportRequest(string Kind, string? Gemeente, int Year, string OutDir, string Lang = "nl", bool Pdf = true);

/// <summary>The use case behind `leefbaar report` and the reports endpoint: read, render HTML, print PDF.</summary>
public static class ReportGenerator
{
    /// <summary>Renders the HTML of a report in memory (no files).</summary>
    public static (string FileStem, string Html) RenderHtml(LeefbaarStore store, ReportRequest request, Action<string>? progress = null)
    {
        progress?.Invoke("reading the store");
        var reader = new ReportReader(store, request.Year);
        var now = DateTimeOffset.UtcNow;
        if (request.Kind == "national")
        {
            var data = reader.National();
            progress?.Invoke("rendering HTML");
            return ($"leefbaarheid-nederland-{request.Year}{Suffix(request.Lang)}", NationalReport.Render(data, request.Lang, now));
        }
        if (request.Kind != LevelName.Gemeente) throw new ArgumentException($"Unknown report '{request.Kind}': use gemeente or national.");
        if (string.IsNullOrWhiteSpace(request.Gemeente)) throw new ArgumentException("The gemeente report needs a gemeente code (GM0599) or --gemeente NAME.");
        var g = reader.Gemeente(request.Gemeente);
        progress?.Invoke("rendering HTML");
        return ($"wijkdiagnose-{g.Gemeente.Code}-{request.Year}{Suffix(request.Lang)}", GemeenteReport.Render(g, request.Lang, now));
    }

    /// <summary>Writes the HTML and (when a browser is present and wanted) the PDF into the output folder.</summary>
    public static ReportOutput Generate(LeefbaarStore store, ReportRequest request, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var (stem, html) = RenderHtml(store, request, progress);
        Directory.CreateDirectory(request.OutDir);
        var htmlFile = Path.Combine(request.OutDir, stem + ".html");
        File.WriteAllText(htmlFile, html, new UTF8Encoding(false));
        string? pdf = null, skipped = null;
        if (!request.Pdf) skipped = "PDF not requested";
        else if (PdfPrinter.FindBrowser() is not { } browser) skipped = "no Chromium found (install chromium or set LEEFBAAR_CHROMIUM); PDF skipped";
        else
        {
            progress?.Invoke("printing PDF");
            pdf = Path.Combine(request.OutDir, stem + ".pdf");
            PdfPrinter.Print(browser, htmlFile, pdf);
        }
        return new ReportOutput(htmlFile, pdf, skipped, clock.Elapsed);
    }

    private static string Suffix(string lang) => lang == "en" ? "-en" : "";
}

using System.Collections.Concurrent;
using Leefbaar.Data.Store;

namespace Leefbaar.App.Reports;

/// <summary>A report file as served: its bytes, media type and download name.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Renders the reports of `leefbaar report` for a server (the API). The served store does not change while the server runs,
/// so each report is rendered once per (kind, gemeente, year, language, format) and kept in a small bounded cache;
/// one report renders at a time, so a burst of PDF requests cannot start a browser per request.
/// </summary>
public sealed class ReportService(string storePath, int cacheCapacity = 32)
{
    private readonly ConcurrentDictionary<string, ReportFile> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>True when a Chromium is installed to print PDFs.</summary>
    public static bool CanPrintPdf => PdfPrinter.FindBrowser() is not null;

    /// <summary>The report as HTML or PDF; domain errors (unknown gemeente, no scores for the year) propagate.</summary>
    public async Task<ReportFile> Get(string kind, string? gemeente, int year, string lang, bool pdf, CancellationToken cancel)
    {
        var key = string.Join('|', kind, gemeente, year, lang, pdf ? "pdf" : "html");
        if (_cache.TryGetValue(key, out var hit)) return hit;
        await _gate.WaitAsync(cancel);
        try
        {
            if (_cache.TryGetValue(key, out hit)) return hit;
            var file = await Task.Run(() => Render(new ReportRequest(kind, gemeente, year, "", lang, pdf)), cancel);
            if (_cache.Count >= cacheCapacity) _cache.Clear(); // rare: a few dozen distinct reports; simplest bound
            return _cache[key] = file;
        }
        finally
        {
            _gate.Release();
        }
    }

    private ReportFile Render(ReportRequest request)
    {
        using var store = LeefbaarStore.Open(storePath, readOnly: true);
        if (!request.Pdf)
        {
            var (stem, html) = ReportGenerator.RenderHtml(store, request);
            return new ReportFile(System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", stem + ".html");
        }
        var dir = Directory.CreateTempSubdirectory("leefbaar-report-");
        try
        {
            var output = ReportGenerator.Generate(store, request with { OutDir = dir.FullName });
            if (output.Pdf is null) throw new InvalidOperationException(output.PdfSkipped);
            return new ReportFile(File.ReadAllBytes(output.Pdf), "application/pdf", Path.GetFileName(output.Pdf));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

using System.Diagnostics;

namespace Leefbaar.App.Reports;

/// <summary>
/// Prints an HTML file to PDF with a headless Chromium (its own print engine, so the report's print CSS applies).
/// The browser is found on PATH (chromium, chromium-browser, google-chrome) or named by LEEFBAAR_CHROMIUM.
/// </summary>
public static class PdfPrinter
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser executable, or null when none is installed.</summary>
    public static string? FindBrowser()
    {
        if (Environment.GetEnvironmentVariable("LEEFBAAR_CHROMIUM") is { Length: > 0 } set) return File.Exists(set) ? set : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in Names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/>; throws <see cref="IOException"/> when the browser fails.</summary>
    public static void Print(string browser, string htmlFile, string pdfFile, TimeSpan? timeout = null)
    {
        var profile = Directory.CreateTempSubdirectory("leefbaar-chromium-");
        try
        {
            var info = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage",
                         "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}", $"--print-to-pdf={Path.GetFullPath(pdfFile)}",
                         new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
                     }) info.ArgumentList.Add(a);
            using var p = Process.Start(info) ?? throw new IOException($"Could not start {browser}.");
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                throw new IOException($"{Path.GetFileName(browser)} did not finish printing {htmlFile} in time.");
            }
            if (p.ExitCode != 0 || !File.Exists(pdfFile) || new FileInfo(pdfFile).Length == 0)
                throw new IOException($"{Path.GetFileName(browser)} failed to print the PDF (exit {p.ExitCode}): {stderr.Result.Trim().Split('\n').LastOrDefault()}");
            _ = stdout.Result;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { /* the browser may still hold a lock file; a temp dir */ }
        }
    }
}

using System.Diagnostics;
using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The external tools the PDF tests need: a Chromium to print (found as the report finds it) and poppler's
/// pdftoppm to rasterise the pages again.
/// </summary>
public static class PdfTools
{
    /// <summary>True on the CI machine, where a missing tool is a failure, not a reason to skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>pdftoppm on PATH, or null.</summary>
    public static string? Pdftoppm { get; } = OnPath("pdftoppm");

    /// <summary>Why the PDF tests cannot run here, or null when both tools are present.</summary>
    public static string? MissingReason()
    {
        var missing = new List<string>();
        if (PdfPrinter.FindBrowser() is null) missing.Add("chromium (or LEEFBAAR_CHROMIUM)");
        if (Pdftoppm is null) missing.Add("pdftoppm (poppler-utils)");
        return missing.Count == 0 ? null : "missing " + string.Join(" and ", missing);
    }

    /// <summary>Rasterises every page of a PDF at <paramref name="dpi"/> as RGB (pdftoppm's PPM output), in page order.</summary>
    public static List<PageRaster> Render(string pdf, int dpi)
    {
        var tool = Pdftoppm ?? throw new InvalidOperationException("pdftoppm is not installed (apt-get install poppler-utils).");
        var dir = Directory.CreateTempSubdirectory("leefbaar-pages-");
        try
        {
            var info = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, Path.Combine(dir.FullName, "page") })
                info.ArgumentList.Add(a);
            using var p = Process.Start(info)!;
            var err = p.StandardError.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromMinutes(2))) { p.Kill(true); throw new TimeoutException("pdftoppm did not finish"); }
            Assert.True(p.ExitCode == 0, $"pdftoppm failed: {err}");
            // Files are page-1.ppm … page-N.ppm, zero-padded to the width of N: order by the number, not the text.
            return dir.GetFiles("page-*.ppm")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f.Name)["page-".Length..], System.Globalization.CultureInfo.InvariantCulture))
                .Select(f => PageRaster.ReadPpm(File.ReadAllBytes(f.FullName))).ToList();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}

/// <summary>
/// A test that prints and rasterises PDFs: skipped when a tool is missing on a developer machine, run (and failing
/// on the missing tool) when CI=true.
/// </summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (!PdfTools.InCi && PdfTools.MissingReason() is { } why) Skip = why + "; the PDF tests run when CI=true or the tools are installed";
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Rasterises the first page of a PDF with poppler's pdftoppm and counts its pixels in the map's class colours, to
/// tell a printed map from a blank one. pdftoppm is installed by CI (.ci/run) beside chromium.
/// </summary>
public static class PrintRaster
{
    /// <summary>pdftoppm on PATH, or null.</summary>
    public static string? Pdftoppm { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "pdftoppm")).FirstOrDefault(File.Exists);

    /// <summary>How many pixels of page 1 (at <paramref name="dpi"/>) lie within 24 of each RGB channel of one of <paramref name="colours"/> (#rrggbb).</summary>
    public static int CountColoured(string pdf, IReadOnlyList<string> colours, int dpi = 50)
    {
        var tool = Pdftoppm ?? throw new InvalidOperationException("pdftoppm is not installed (apt-get install poppler-utils).");
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdf, prefix }) info.ArgumentList.Add(a);
        using (var p = Process.Start(info)!)
        {
            var err = p.StandardError.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromMinutes(1))) { p.Kill(true); throw new TimeoutException("pdftoppm did not finish"); }
            Assert.True(p.ExitCode == 0, $"pdftoppm failed: {err}");
        }
        var (width, height, rgb) = ReadPpm(File.ReadAllBytes(prefix + ".ppm"));
        var targets = colours.Select(c => (R: Convert.ToInt32(c[1..3], 16), G: Convert.ToInt32(c[3..5], 16), B: Convert.ToInt32(c[5..7], 16))).ToList();
        var count = 0;
        for (var i = 0; i < width * height; i++)
        {
            int r = rgb[3 * i], g = rgb[3 * i + 1], b = rgb[3 * i + 2];
            if (targets.Any(t => Math.Abs(t.R - r) <= 24 && Math.Abs(t.G - g) <= 24 && Math.Abs(t.B - b) <= 24)) count++;
        }
        return count;
    }

    // Binary PPM (P6): "P6 width height 255" separated by whitespace, then width × height RGB triples.
    private static (int Width, int Height, byte[] Rgb) ReadPpm(byte[] bytes)
    {
        var pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[pos])) pos++;
            var start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(bytes, start, pos - start);
        }
        Assert.Equal("P6", Token());
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        pos++; // the single whitespace byte before the pixels
        Assert.True(bytes.Length - pos >= width * height * 3, "truncated PPM");
        return (width, height, bytes[pos..(pos + width * height * 3)]);
    }
}

using System.Text;

namespace Leefbaar.App.Tests.Reports;

/// <summary>One rendered page as 8-bit RGB, with the pixel shares the blank-page and map checks need.</summary>
public sealed class PageRaster(int width, int height, byte[] rgb)
{
    public int Width { get; } = width;
    public int Height { get; } = height;

    /// <summary>Share of pixels that are not (near) white: ink of any kind.</summary>
    public double InkShare => Share((r, g, b) => Math.Min(r, Math.Min(g, b)) < 235);

    /// <summary>Share of clearly coloured pixels (channels differ by more than 40): map fills, class chips.</summary>
    public double ColourShare => Share((r, g, b) => Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 40);

    private double Share(Func<int, int, int, bool> test)
    {
        var n = 0;
        for (var i = 0; i + 2 < rgb.Length; i += 3) if (test(rgb[i], rgb[i + 1], rgb[i + 2])) n++;
        return (double)n / (Width * Height);
    }

    /// <summary>Parses a binary PPM (P6, maxval 255): a text header of four fields, then the raw pixels.</summary>
    public static PageRaster ReadPpm(byte[] data)
    {
        var pos = 0;
        string Field()
        {
            while (true)
            {
                while (char.IsWhiteSpace((char)data[pos])) pos++;
                if (data[pos] != '#') break;
                while (data[pos] != '\n') pos++; // a comment line
            }
            var start = pos;
            while (!char.IsWhiteSpace((char)data[pos])) pos++;
            return Encoding.ASCII.GetString(data, start, pos - start);
        }
        var magic = Field();
        if (magic != "P6") throw new FormatException($"not a binary PPM: {magic}");
        var width = int.Parse(Field(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Field(), System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(Field(), System.Globalization.CultureInfo.InvariantCulture);
        if (max != 255) throw new FormatException($"unexpected maxval {max}");
        pos++; // the single whitespace byte before the pixels
        var pixels = data.AsSpan(pos).ToArray();
        if (pixels.Length != width * height * 3) throw new FormatException($"expected {width * height * 3} pixel bytes, found {pixels.Length}");
        return new PageRaster(width, height, pixels);
    }
}

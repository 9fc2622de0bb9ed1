using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;

namespace Leefbaar.App.Reports;

/// <summary>
/// Draws a choropleth as inline SVG from boundaries in RD New (EPSG:28992, metres): x grows east and y north, so the
/// projection to SVG is a uniform scale with the y axis flipped. Nine classes in a diverging brown–teal palette that
/// stays distinguishable with the common forms of colour blindness; grey means "no score".
/// </summary>
public static class ChoroplethSvg
{
    /// <summary>Fill colours of class 1 (zeer onvoldoende) … 9 (uitstekend).</summary>
    public static readonly IReadOnlyList<string> Palette =
        ["#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f0f0f0", "#c7eae5", "#80cdc1", "#35978f", "#01665e"];

    /// <summary>Fill of an area without a score.</summary>
    public const string NoData = "#bdbdbd";

    /// <summary>Text colour readable on a class's fill.</summary>
    public static string TextOn(int cls) => cls is 1 or 2 or 8 or 9 ? "#ffffff" : "#1a1a1a";

    /// <summary>An SVG element of <paramref name="width"/> px with one path per area and a class legend underneath.</summary>
    public static string Render(IReadOnlyList<MapShape> shapes, Func<int, string> classLabel, string noDataLabel, string title, double width = 760)
    {
        var layer = shapes.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new FilledShape(s.Code, s.Geometry,
            s.Class is { } k and >= 1 and <= 9 ? Palette[k - 1] : NoData, $"{s.Name} ({s.Code}): {(s.Class is { } c ? $"{c} {classLabel(c)}" : noDataLabel)}")).ToList();
        var legend = Enumerable.Range(1, 9).Select(k => (Palette[k - 1], $"{k} {classLabel(k)}")).Append((NoData, noDataLabel)).ToList();
        return RenderLayers([layer], legend, title, width);
    }

    /// <summary>
    /// Layers of filled shapes drawn in order (e.g. grey gemeenten under coloured cluster buurten), framed on the
    /// extent of all layers, with a legend of up to ten entries in two columns.
    /// </summary>
    public static string RenderLayers(IReadOnlyList<IReadOnlyList<FilledShape>> layers, IReadOnlyList<(string Fill, string Label)> legend, string title, double width = 760, string cssClass = "map")
    {
        var env = new Envelope();
        foreach (var s in layers.SelectMany(l => l)) env.ExpandToInclude(s.Geometry.EnvelopeInternal);
        if (env.IsNull || env.Width <= 0 || env.Height <= 0) return "";
        var scale = width / env.Width;
        var mapHeight = env.Height * scale;
        const double legendRow = 18;
        var rows = (legend.Count + 1) / 2;
        var legendHeight = legendRow * rows + 10;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{cssClass}\" role=\"img\" viewBox=\"0 0 {width:0} {mapHeight + legendHeight:0}\" aria-label=\"{WebUtility.HtmlEncode(title)}\">");
        foreach (var layer in layers)
        {
            sb.Append("<g stroke=\"#ffffff\" stroke-width=\"0.4\" stroke-linejoin=\"round\">");
            foreach (var s in layer)
            {
                sb.Append("<path fill=\"").Append(s.Fill).Append(s.Outline ? $"\" stroke=\"{s.Fill}\" stroke-width=\"1.6" : "").Append("\" fill-rule=\"evenodd\" data-code=\"").Append(WebUtility.HtmlEncode(s.Code)).Append("\" d=\"");
                AppendPath(sb, s.Geometry, env, scale);
                sb.Append("\"><title>").Append(WebUtility.HtmlEncode(s.Title)).Append("</title></path>");
            }
            sb.Append("</g>");
        }
        for (var i = 0; i < legend.Count; i++)
        {
            var x = i < rows ? 4 : width / 2;
            var y = mapHeight + 8 + (i % rows) * legendRow;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"22\" height=\"13\" fill=\"{legend[i].Fill}\" stroke=\"#666\" stroke-width=\"0.5\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 28:0.#}\" y=\"{y + 11:0.#}\" font-size=\"12\">{WebUtility.HtmlEncode(legend[i].Label)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void AppendPath(StringBuilder sb, Geometry g, Envelope env, double scale)
    {
        switch (g)
        {
            case Polygon p:
                AppendRing(sb, p.ExteriorRing.Coordinates, env, scale);
                foreach (var hole in p.InteriorRings) AppendRing(sb, hole.Coordinates, env, scale);
                break;
            case GeometryCollection c:
                foreach (var part in c.Geometries) AppendPath(sb, part, env, scale);
                break;
        }
    }

    private static void AppendRing(StringBuilder sb, Coordinate[] ring, Envelope env, double scale)
    {
        if (ring.Length < 3) return;
        for (var i = 0; i < ring.Length; i++)
        {
            var x = (ring[i].X - env.MinX) * scale;
            var y = (env.MaxY - ring[i].Y) * scale;
            sb.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
        }
        sb.Append('Z');
    }
}

/// <summary>A shape to draw with its own fill and tooltip (code kept as data-code); <see cref="Outline"/> strokes it in its fill so small areas stay visible.</summary>
public sealed record FilledShape(string Code, Geometry Geometry, string Fill, string Title, bool Outline = false);

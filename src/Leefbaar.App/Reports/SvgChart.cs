using System.Globalization;
using System.Net;
using System.Text;

namespace Leefbaar.App.Reports;

/// <summary>One segment of a stacked bar: its series, value, fill and whether it is hatched (a model estimate).</summary>
public sealed record BarSegment(string Series, double Value, string Fill, bool Hatched = false);

/// <summary>One bar of a chart: its category label and stacked segments (bottom first).</summary>
public sealed record ChartBar(string Category, string Label, IReadOnlyList<BarSegment> Segments);

/// <summary>A series of a line chart: points (x = year), style, and whether it gets dots and a legend entry.</summary>
public sealed record ChartLine(string Series, string Label, IReadOnlyList<(int X, double Y)> Points, string Stroke, double Width = 2,
    bool Dashed = false, bool Dots = true, bool InLegend = true);

/// <summary>
/// Server-side SVG charts for the reports (no script, no external assets, prints as vectors). Every drawn value
/// carries data-series, data-category or data-x, and data-value with the raw number (round-trip format), so a
/// test or a reader can check the chart against the store.
/// </summary>
public static class SvgChart
{
    private const string Ink = "#1a1a1a", Muted = "#555", Grid = "#dddddd";

    /// <summary>Vertical stacked bars (e.g. residents per class, official and model stacked) with a value axis from 0.</summary>
    public static string StackedBars(string id, string title, IReadOnlyList<ChartBar> bars, Func<double, string> format,
        IReadOnlyList<(string Label, string Fill, bool Hatched)> legend, double width = 720, double height = 260)
    {
        var (left, right, top, bottom) = (70.0, 10.0, 24.0, 46.0);
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var max = bars.Select(b => b.Segments.Sum(s => s.Value)).DefaultIfEmpty(0).Max();
        var axisMax = NiceCeiling(max);
        var sb = Open(id, title, width, height + LegendHeight(legend.Select(l => l.Label), left, width - right));
        sb.Append(Hatch());
        foreach (var tick in Ticks(0, axisMax, 5))
        {
            var y = top + plotH - tick / axisMax * plotH;
            sb.Append(F($"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{Grid}\"/>"));
            sb.Append(F($"<text x=\"{left - 6}\" y=\"{y + 4}\" font-size=\"11\" text-anchor=\"end\" fill=\"{Muted}\">{E(format(tick))}</text>"));
        }
        var slot = plotW / Math.Max(1, bars.Count);
        var barW = slot * 0.7;
        for (var i = 0; i < bars.Count; i++)
        {
            var x = left + i * slot + (slot - barW) / 2;
            var baseY = top + plotH;
            foreach (var s in bars[i].Segments)
            {
                var h = axisMax > 0 ? s.Value / axisMax * plotH : 0;
                baseY -= h;
                sb.Append(F($"<rect x=\"{x}\" y=\"{baseY}\" width=\"{barW}\" height=\"{h}\" fill=\"{s.Fill}\" stroke=\"#777\" stroke-width=\"0.5\""))
                  .Append(Data(s.Series, bars[i].Category, s.Value)).Append("/>");
                if (s.Hatched && h > 0) sb.Append(F($"<rect x=\"{x}\" y=\"{baseY}\" width=\"{barW}\" height=\"{h}\" fill=\"url(#hatch)\"/>"));
            }
            var total = bars[i].Segments.Sum(s => s.Value);
            sb.Append(F($"<text x=\"{x + barW / 2}\" y=\"{baseY - 4}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{Ink}\">{E(format(total))}</text>"));
            sb.Append(F($"<text x=\"{x + barW / 2}\" y=\"{top + plotH + 14}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Ink}\">{E(bars[i].Label)}</text>"));
        }
        sb.Append(F($"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{top + plotH}\" y2=\"{top + plotH}\" stroke=\"{Ink}\"/>"));
        Legend(sb, legend.Select(l => (l.Label, l.Fill, l.Hatched, false)).ToList(), left, height + 4, width - right);
        return sb.Append("</svg>").ToString();
    }

    /// <summary>
    /// Grouped bars around a zero line (e.g. each dimension by stedelijkheid): one group per category, one bar per
    /// series in a group; a null value draws no bar.
    /// </summary>
    public static string GroupedBars(string id, string title, IReadOnlyList<(string Category, string Label)> categories,
        IReadOnlyList<(string Series, string Label, string Fill)> series, Func<string, string, double?> value, Func<double, string> format,
        double width = 720, double height = 280)
    {
        var (left, right, top, bottom) = (60.0, 10.0, 16.0, 40.0);
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var values = categories.SelectMany(c => series.Select(s => value(c.Category, s.Series))).Where(v => v is not null).Select(v => v!.Value).ToList();
        var hi = NiceCeiling(Math.Max(0, values.DefaultIfEmpty(0).Max()));
        var lo = -NiceCeiling(Math.Max(0, -values.DefaultIfEmpty(0).Min()));
        if (hi - lo <= 0) hi = 1;
        double Y(double v) => top + (hi - v) / (hi - lo) * plotH;
        var sb = Open(id, title, width, height + LegendHeight(series.Select(s => s.Label), left, width - right));
        foreach (var tick in Ticks(lo, hi, 6))
        {
            sb.Append(F($"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(tick)}\" y2=\"{Y(tick)}\" stroke=\"{(tick == 0 ? Ink : Grid)}\"/>"));
            sb.Append(F($"<text x=\"{left - 6}\" y=\"{Y(tick) + 4}\" font-size=\"11\" text-anchor=\"end\" fill=\"{Muted}\">{E(format(tick))}</text>"));
        }
        var slot = plotW / Math.Max(1, categories.Count);
        var barW = slot * 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = left + c * slot + slot * 0.1;
            for (var s = 0; s < series.Count; s++)
            {
                if (value(categories[c].Category, series[s].Series) is not { } v) continue;
                var (y, h) = v >= 0 ? (Y(v), Y(0) - Y(v)) : (Y(0), Y(v) - Y(0));
                sb.Append(F($"<rect x=\"{x0 + s * barW}\" y=\"{y}\" width=\"{barW * 0.9}\" height=\"{h}\" fill=\"{series[s].Fill}\""))
                  .Append(Data(series[s].Series, categories[c].Category, v)).Append("><title>")
                  .Append(E($"{categories[c].Label}, {series[s].Label}: {format(v)}")).Append("</title></rect>");
            }
            sb.Append(CategoryLabel(left + c * slot + slot / 2, top + plotH + 16, categories[c].Label));
        }
        Legend(sb, series.Select(s => (s.Label, s.Fill, false, false)).ToList(), left, height + 4, width - right);
        return sb.Append("</svg>").ToString();
    }

    /// <summary>A line chart over years; optional horizontal bands (e.g. class ranges) behind the lines.</summary>
    public static string Lines(string id, string title, IReadOnlyList<ChartLine> lines, Func<double, string> format, string yLabel,
        double? yMin = null, double? yMax = null, IReadOnlyList<(double From, double To, string Fill)>? bands = null, double width = 720, double height = 260)
    {
        var (left, right, top, bottom) = (60.0, 12.0, 16.0, 30.0);
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var points = lines.SelectMany(l => l.Points).ToList();
        if (points.Count == 0) return "";
        var (x0, x1) = (points.Min(p => p.X), points.Max(p => p.X));
        if (x1 == x0) (x0, x1) = (x0 - 1, x1 + 1);
        var lo = yMin ?? NiceFloor(points.Min(p => p.Y));
        var hi = yMax ?? NiceCeiling(points.Max(p => p.Y));
        if (hi <= lo) hi = lo + 1;
        double X(int year) => left + (year - x0) / (double)(x1 - x0) * plotW;
        double Y(double v) => top + (hi - Math.Clamp(v, lo, hi)) / (hi - lo) * plotH;
        var sb = Open(id, title, width, height + LegendHeight(lines.Where(l => l.InLegend).Select(l => l.Label), left, width - right));
        foreach (var (from, to, fill) in bands ?? [])
        {
            if (to <= lo || from >= hi) continue;
            sb.Append(F($"<rect x=\"{left}\" y=\"{Y(to)}\" width=\"{plotW}\" height=\"{Y(from) - Y(to)}\" fill=\"{fill}\" opacity=\"0.35\"/>"));
        }
        foreach (var tick in Ticks(lo, hi, 5))
        {
            sb.Append(F($"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(tick)}\" y2=\"{Y(tick)}\" stroke=\"{Grid}\"/>"));
            sb.Append(F($"<text x=\"{left - 6}\" y=\"{Y(tick) + 4}\" font-size=\"11\" text-anchor=\"end\" fill=\"{Muted}\">{E(format(tick))}</text>"));
        }
        foreach (var year in points.Select(p => p.X).Distinct().Order())
            sb.Append(F($"<text x=\"{X(year)}\" y=\"{top + plotH + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Ink}\">{year}</text>"));
        sb.Append(F($"<text x=\"12\" y=\"{top + plotH / 2}\" font-size=\"11\" fill=\"{Muted}\" transform=\"rotate(-90 12 {top + plotH / 2})\" text-anchor=\"middle\">{E(yLabel)}</text>"));
        foreach (var l in lines)
        {
            var pts = l.Points.OrderBy(p => p.X).ToList();
            if (pts.Count > 1)
            {
                sb.Append(F($"<polyline fill=\"none\" stroke=\"{l.Stroke}\" stroke-width=\"{l.Width}\"{(l.Dashed ? " stroke-dasharray=\"5 3\"" : "")} points=\""));
                sb.Append(string.Join(" ", pts.Select(p => F($"{X(p.X)},{Y(p.Y)}")))).Append("\"/>");
            }
            foreach (var p in pts)
                sb.Append(F($"<circle cx=\"{X(p.X)}\" cy=\"{Y(p.Y)}\" r=\"{(l.Dots ? 3 : 0)}\" fill=\"{l.Stroke}\""))
                  .Append(DataX(l.Series, p.X, p.Y)).Append("><title>").Append(E($"{l.Label} {p.X}: {format(p.Y)}")).Append("</title></circle>");
        }
        Legend(sb, lines.Where(l => l.InLegend).Select(l => (l.Label, l.Stroke, false, l.Dashed)).ToList(), left, height + 4, width - right);
        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, double width, double height) => new StringBuilder()
        .Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{E(id)}\" role=\"img\" viewBox=\"0 0 {width} {height}\" aria-label=\"{E(title)}\">"))
        .Append("<title>").Append(E(title)).Append("</title>");

    private static string Hatch() =>
        "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#333\" stroke-width=\"1.2\" stroke-opacity=\"0.55\"/></pattern></defs>";

    // Legend entries left to right under the plot, wrapping to a new row when the next would pass the right edge.
    private static void Legend(StringBuilder sb, IReadOnlyList<(string Label, string Fill, bool Hatched, bool Dashed)> entries, double left, double y, double right = 710)
    {
        var (x, yy) = (left, y);
        foreach (var (label, fill, hatched, dashed) in entries)
        {
            var width = 25 + label.Length * 6.3 + 16;
            if (x > left && x + width > right) (x, yy) = (left, yy + 18);
            if (dashed)
                sb.Append(F($"<line x1=\"{x}\" x2=\"{x + 20}\" y1=\"{yy + 7}\" y2=\"{yy + 7}\" stroke=\"{fill}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"));
            else
            {
                sb.Append(F($"<rect x=\"{x}\" y=\"{yy}\" width=\"20\" height=\"13\" fill=\"{fill}\" stroke=\"#777\" stroke-width=\"0.5\"/>"));
                if (hatched) sb.Append(F($"<rect x=\"{x}\" y=\"{yy}\" width=\"20\" height=\"13\" fill=\"url(#hatch)\"/>"));
            }
            sb.Append(F($"<text x=\"{x + 25}\" y=\"{yy + 11}\" font-size=\"11\" fill=\"{Ink}\">{E(label)}</text>"));
            x += width;
        }
    }

    // The height the legend rows take, wrapped as Legend wraps them (60 px left margin, 710 px right edge).
    private static double LegendHeight(IEnumerable<string> labels, double left = 60, double right = 710)
    {
        var (x, rows) = (left, 1);
        foreach (var label in labels)
        {
            var width = 25 + label.Length * 6.3 + 16;
            if (x > left && x + width > right) (x, rows) = (left, rows + 1);
            x += width;
        }
        return rows * 18 + 6;
    }

    // A category label under a bar group: one line, or two when it is long and has a space to break at.
    private static string CategoryLabel(double x, double y, string label)
    {
        var cut = label.Length > 12 ? label.IndexOf(' ', StringComparison.Ordinal) : -1;
        if (cut < 0) return F($"<text x=\"{x}\" y=\"{y}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Ink}\">{E(label)}</text>");
        return F($"<text x=\"{x}\" y=\"{y}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Ink}\"><tspan x=\"{x}\">{E(label[..cut])}</tspan><tspan x=\"{x}\" dy=\"13\">{E(label[(cut + 1)..])}</tspan></text>");
    }

    private static string Data(string series, string category, double value) =>
        $" data-series=\"{E(series)}\" data-category=\"{E(category)}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\"";

    private static string DataX(string series, int x, double value) =>
        $" data-series=\"{E(series)}\" data-x=\"{x.ToString(CultureInfo.InvariantCulture)}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\"";

    /// <summary>The smallest 1, 2 or 5 × 10ⁿ at or above <paramref name="v"/> (0 stays 0).</summary>
    public static double NiceCeiling(double v)
    {
        if (v <= 0) return 0;
        var p = Math.Pow(10, Math.Floor(Math.Log10(v)));
        foreach (var m in new[] { 1.0, 2, 2.5, 5, 10 }) if (m * p >= v * (1 - 1e-12)) return m * p;
        return 10 * p;
    }

    private static double NiceFloor(double v) => v >= 0 ? 0 : -NiceCeiling(-v);

    // Round tick positions between lo and hi (inclusive), about n of them.
    private static IEnumerable<double> Ticks(double lo, double hi, int n)
    {
        var step = NiceCeiling((hi - lo) / n);
        if (step <= 0) yield break;
        for (var t = Math.Ceiling(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) yield return Math.Abs(t) < step * 1e-9 ? 0 : t;
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    // Numbers in SVG attributes: invariant culture, at most one decimal.
    private static string F(FormattableString s) => s.ToString(new SvgNumbers());

    private sealed class SvgNumbers : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? t) => t == typeof(ICustomFormatter) ? this : null;
        public string Format(string? format, object? arg, IFormatProvider? provider) => arg switch
        {
            double d => d.ToString(format ?? "0.#", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
            _ => arg?.ToString() ?? "",
        };
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using Leefbaar.Core.Scores;

namespace Leefbaar.App.Reports;

/// <summary>
/// The building blocks both reports share: language (Dutch default, English), number formats, facts that carry
/// their raw value (so a test or a reader can check each sentence's numbers), sortable tables and the page frame
/// (inline CSS for screen and print with running headers, a small inline sorting script; no external assets).
/// </summary>
public sealed class ReportWriter(string lang)
{
    private readonly StringBuilder _sb = new();

    /// <summary>"nl" or "en".</summary>
    public string Lang { get; } = lang == "en" ? "en" : "nl";

    /// <summary>The culture numbers are written in.</summary>
    public CultureInfo Culture { get; } = MakeCulture(lang == "en");

    // The CLI runs in globalization-invariant mode: build the number separators by hand rather than ask for nl-NL.
    private static CultureInfo MakeCulture(bool english)
    {
        var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        c.NumberFormat.NumberDecimalSeparator = english ? "." : ",";
        c.NumberFormat.NumberGroupSeparator = english ? "," : ".";
        c.NumberFormat.PercentDecimalSeparator = c.NumberFormat.NumberDecimalSeparator;
        c.NumberFormat.PercentGroupSeparator = c.NumberFormat.NumberGroupSeparator;
        return c;
    }

    /// <summary>Picks the Dutch or English text.</summary>
    public string T(string nl, string en) => Lang == "en" ? en : nl;

    /// <summary>The label of class 1–9 in the report language.</summary>
    public string ClassLabel(int cls) => Lang == "en" ? ScoreClass.EnglishLabel(cls) : ScoreClass.DutchLabel(cls);

    /// <summary>The name of a dimension in the report language.</summary>
    public string DimensionName(Dimension d) => Lang == "en" ? d.EnglishName() : d.DutchName();

    /// <summary>HTML-encodes text.</summary>
    public static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    /// <summary>A whole number (residents, areas).</summary>
    public string N(double v) => Math.Round(v).ToString("#,0", Culture);

    /// <summary>A share as a percentage with one decimal.</summary>
    public string P(double share) => (share * 100).ToString("0.0", Culture) + " %";

    /// <summary>A score deviation with three decimals and a sign.</summary>
    public string A(double? v) => v is { } x ? x.ToString("+0.000;−0.000;0.000", Culture) : "–";

    /// <summary>A number in a sentence with its raw value as data, e.g. &lt;span data-fact="residents_weak" data-value="123"&gt;.</summary>
    public string Fact(string key, double value, string shown) =>
        $"<span class=\"fact\" data-fact=\"{E(key)}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\">{E(shown)}</span>";

    /// <summary>Where a number comes from, in words: "officieel, lbm3-2024" or "model, leefbaar-…".</summary>
    public string Origin(ScoreOrigin origin, string? release) => origin switch
    {
        ScoreOrigin.Official => T("officieel", "official") + ", " + release,
        ScoreOrigin.Model => T("model", "model") + ", " + release,
        _ => T("geen score", "no score"),
    };

    /// <summary>Appends raw HTML.</summary>
    public ReportWriter Raw(string html) { _sb.Append(html); return this; }

    /// <summary>Appends a paragraph of already-encoded HTML.</summary>
    public ReportWriter Para(string html, string? cls = null) { _sb.Append(cls is null ? "<p>" : $"<p class=\"{cls}\">").Append(html).Append("</p>\n"); return this; }

    /// <summary>Opens a section with a heading; <paramref name="newPage"/> starts it on a new printed page.</summary>
    public ReportWriter Section(string id, string title, bool newPage = false)
    {
        _sb.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\"{(newPage ? " class=\"page\"" : "")}><h2>{E(title)}</h2>\n");
        return this;
    }

    /// <summary>Closes a section.</summary>
    public ReportWriter EndSection() { _sb.Append("</section>\n"); return this; }

    /// <summary>
    /// A sortable table. Each cell is (shown HTML, sort key); a numeric sort key sorts numerically. Headers are
    /// plain text.
    /// </summary>
    public ReportWriter Table(string id, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<(string Html, object? Sort)>> rows, string? caption = null)
    {
        _sb.Append(CultureInfo.InvariantCulture, $"<table class=\"sortable\" id=\"{id}\">");
        if (caption is not null) _sb.Append("<caption>").Append(caption).Append("</caption>");
        _sb.Append("<thead><tr>");
        foreach (var h in headers) _sb.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        _sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _sb.Append("<tr>");
            foreach (var (html, sort) in row)
            {
                var key = sort switch
                {
                    null => "",
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    int i => i.ToString(CultureInfo.InvariantCulture),
                    _ => sort.ToString() ?? "",
                };
                var numeric = sort is double or int;
                _sb.Append(numeric ? "<td class=\"num\" data-sort=\"" : "<td data-sort=\"").Append(E(key)).Append("\">").Append(html).Append("</td>");
            }
            _sb.Append("</tr>");
        }
        _sb.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>A class chip: the class number on its map colour, with the label.</summary>
    public string ClassCell(int? cls) => cls is { } k and >= 1 and <= 9
        ? $"<span class=\"chip\" style=\"background:{ChoroplethSvg.Palette[k - 1]};color:{ChoroplethSvg.TextOn(k)}\">{k}</span> {E(ClassLabel(k))}"
        : "–";

    /// <summary>The finished page: title, running header text, the body so far.</summary>
    public string Page(string title, string runningHeader, string generatedNote)
    {
        var header = runningHeader.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var page = T("pagina", "page");
        return $$"""
            <!DOCTYPE html>
            <html lang="{{Lang}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Leefbaar report">
            <title>{{E(title)}}</title>
            <style>
            :root { --ink:#1a1a1a; --muted:#555; --rule:#d0d0d0; --accent:#01665e; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; font-size: 10.5pt; line-height: 1.45; }
            h1 { font-size: 20pt; margin: 0 0 .2rem; color: var(--accent); }
            h2 { font-size: 14pt; border-bottom: 2px solid var(--accent); padding-bottom: .15rem; margin-top: 1.6rem; }
            h3 { font-size: 11.5pt; margin-bottom: .3rem; }
            .sub { color: var(--muted); margin-top: 0; }
            .lead { font-size: 11.5pt; }
            .notice { border-left: 4px solid #bf812d; background: #fbf5e9; padding: .5rem .8rem; }
            .demo { border: 2px solid #8c510a; padding: .4rem; font-weight: bold; }
            .fact { font-weight: bold; }
            .map { width: 100%; height: auto; display: block; margin: .5rem 0; }
            .map text { font-family: inherit; fill: var(--ink); }
            figure { margin: .6rem 0 1rem; }
            figcaption { color: var(--muted); font-size: 8.5pt; }
            .map.narrow { max-width: 74%; margin: .5rem auto; }
            .chart { width: 100%; height: auto; display: block; }
            .chart text { font-family: inherit; }
            .members { font-size: 8.5pt; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 9pt; }
            caption { text-align: left; color: var(--muted); padding-bottom: .2rem; }
            th, td { border-bottom: 1px solid var(--rule); padding: .18rem .35rem; text-align: left; vertical-align: top; }
            th { background: #eef5f4; cursor: pointer; user-select: none; white-space: nowrap; }
            th[aria-sort="ascending"]::after { content: " ▲"; }
            th[aria-sort="descending"]::after { content: " ▼"; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.num:has(.chip) { text-align: left; }
            .chip { display: inline-block; min-width: 1.4em; text-align: center; border-radius: 3px; font-weight: bold; }
            .src { color: var(--muted); font-size: 8.5pt; }
            footer { color: var(--muted); font-size: 8.5pt; margin-top: 2rem; border-top: 1px solid var(--rule); }
            @page { size: A4; margin: 18mm 14mm 16mm;
                    @top-left { content: "{{header}}"; font-size: 8pt; color: #555; }
                    @bottom-right { content: "{{page}} " counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
              section.page { break-before: page; }
              h2, h3 { break-after: avoid; }
              tr, .map, figure { break-inside: avoid; }
              /* A tall gemeente (Emmen: 760 × 1247) would overflow the page and leave its heading alone: cap the map to the page, scaled to fit. */
              .map { max-height: 215mm; }
              thead { display: table-header-group; }
              th { cursor: auto; }
              th::after { content: "" !important; }
            }
            </style>
            </head>
            <body>
            {{_sb}}
            <footer><p>{{generatedNote}}</p></footer>
            <script>
            // Click a column header to sort by it (numbers numerically); click again to reverse.
            document.querySelectorAll("table.sortable").forEach(function (table) {
              table.querySelectorAll("th").forEach(function (th, col) {
                th.addEventListener("click", function () {
                  var asc = th.getAttribute("aria-sort") !== "ascending";
                  table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
                  th.setAttribute("aria-sort", asc ? "ascending" : "descending");
                  var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
                  var numeric = rows.every(function (r) { var k = r.cells[col].dataset.sort; return k === "" || !isNaN(parseFloat(k)); });
                  rows.sort(function (a, b) {
                    var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort;
                    if (x === "" && y !== "") return 1; if (y === "" && x !== "") return -1;
                    var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            </script>
            </body>
            </html>
            """;
    }
}

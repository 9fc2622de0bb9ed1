using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Leefbaar.App.Tests.Reports;

/// <summary>Reads a generated report back as a reader sees it: headings, the summary text, numbers as printed.</summary>
public sealed partial class ReportHtml(string html)
{
    public string Html { get; } = html;

    /// <summary>The section headings in order.</summary>
    public List<string> Headings => H2().Matches(Html).Select(m => Text(m.Groups[1].Value)).ToList();

    /// <summary>The summary paragraph as plain text.</summary>
    public string Lead => Text(LeadParagraph().Match(Html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no summary paragraph"));

    /// <summary>The raw value a fact span carries (data-value), by its key.</summary>
    public double Fact(string key)
    {
        var m = Regex.Match(Html, $"data-fact=\"{Regex.Escape(key)}\" data-value=\"([^\"]+)\"");
        Assert.True(m.Success, $"no fact '{key}' in the report");
        return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Matches a pattern against the summary text and returns its groups; fails with the text when absent.</summary>
    public GroupCollection InLead(string pattern)
    {
        var m = Regex.Match(Lead, pattern);
        Assert.True(m.Success, $"summary does not match /{pattern}/:\n{Lead}");
        return m.Groups;
    }

    /// <summary>A whole number as printed in Dutch ("670.585") or English ("670,585").</summary>
    public static long Whole(string printed) => long.Parse(printed.Replace(".", "").Replace(",", ""), CultureInfo.InvariantCulture);

    /// <summary>A one-decimal percentage as printed in Dutch ("5,2"), as a share.</summary>
    public static double DutchPercent(string printed) => double.Parse(printed.Replace(',', '.'), CultureInfo.InvariantCulture) / 100;

    /// <summary>The drawn values of a chart (svg id): series, category or x, and the raw value.</summary>
    public List<(string Series, string Key, double Value)> Chart(string id)
    {
        var start = Html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart '{id}' in the report");
        var svg = Html[start..Html.IndexOf("</svg>", start, StringComparison.Ordinal)];
        return Regex.Matches(svg, "data-series=\"([^\"]*)\" data-(?:category|x)=\"([^\"]*)\" data-value=\"([^\"]+)\"")
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value), double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>The body rows of a table (by id): per cell its sort key (the raw value) and its text as printed.</summary>
    public List<List<(string Sort, string Text)>> Table(string id)
    {
        var start = Html.IndexOf($"<table class=\"sortable\" id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table '{id}' in the report");
        var body = Html[Html.IndexOf("<tbody>", start, StringComparison.Ordinal)..Html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
        return Regex.Matches(body, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(r =>
            Regex.Matches(r.Groups[1].Value, "<td[^>]*data-sort=\"([^\"]*)\">(.*?)</td>", RegexOptions.Singleline)
                .Select(c => (WebUtility.HtmlDecode(c.Groups[1].Value), Text(c.Groups[2].Value))).ToList()).ToList();
    }

    /// <summary>The text a reader sees in headings, captions, paragraphs, table headers, term lists and chart labels (not table cells, not member lists).</summary>
    public List<string> Prose() =>
        Regex.Matches(Html, "<(h1|h2|h3|p|caption|figcaption|th|dt)\\b[^>]*>(.*?)</\\1>|<text\\b[^>]*>(.*?)</text>", RegexOptions.Singleline)
            .Select(m => Text(m.Groups[2].Success && m.Groups[2].Value.Length > 0 ? m.Groups[2].Value : m.Groups[3].Value)).Where(t => t.Length > 0).ToList();

    private static string Text(string fragment) => WebUtility.HtmlDecode(Tags().Replace(fragment, ""));

    [GeneratedRegex("<h2>(.*?)</h2>", RegexOptions.Singleline)] private static partial Regex H2();
    [GeneratedRegex("<p class=\"lead\">(.*?)</p>", RegexOptions.Singleline)] private static partial Regex LeadParagraph();
    [GeneratedRegex("<[^>]+>")] private static partial Regex Tags();
}

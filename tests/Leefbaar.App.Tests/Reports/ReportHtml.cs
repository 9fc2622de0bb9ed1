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

    private static string Text(string fragment) => WebUtility.HtmlDecode(Tags().Replace(fragment, ""));

    [GeneratedRegex("<h2>(.*?)</h2>", RegexOptions.Singleline)] private static partial Regex H2();
    [GeneratedRegex("<p class=\"lead\">(.*?)</p>", RegexOptions.Singleline)] private static partial Regex LeadParagraph();
    [GeneratedRegex("<[^>]+>")] private static partial Regex Tags();
}

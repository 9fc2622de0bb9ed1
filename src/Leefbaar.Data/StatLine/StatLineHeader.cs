using System.Text.RegularExpressions;
using Leefbaar.Data.Catalogue;

namespace Leefbaar.Data.StatLine;

/// <summary>
/// One StatLine column header split into its topic path and unit: "Bevolking/Aantal inwoners (aantal)" → topic
/// "Bevolking/Aantal inwoners", unit "aantal". R's write.csv mangling ("Bevolking.Aantal.inwoners..aantal.") is
/// undone as far as it can be: the unit follows the last ".." that is not part of a dot run at the end.
/// </summary>
public sealed partial record StatLineHeader(string Raw, string Topic, string? Unit)
{
    /// <summary>The snake-cased topic, the key into <see cref="KwbColumnNames"/>.</summary>
    public string TopicKey => IndicatorCodes.Snake(Topic);

    /// <summary>
    /// True when the column holds numbers: StatLine puts a unit on every measure; dimension columns ("Perioden",
    /// "Wijken en buurten") have none, and "(naam)", "(omschrijving)" and most "(code)" columns are text.
    /// </summary>
    public bool IsMeasure => Unit is not null
        && !Unit.Equals("naam", StringComparison.OrdinalIgnoreCase)
        && !Unit.Equals("omschrijving", StringComparison.OrdinalIgnoreCase)
        && (!Unit.Equals("code", StringComparison.OrdinalIgnoreCase) || KwbColumnNames.IsNumericCode(TopicKey));

    /// <summary>The indicator code: the catalogue code for known KWB topics, else the snake-cased topic.</summary>
    public string IndicatorCode(string prefix = "") => KwbColumnNames.ByTopic.TryGetValue(TopicKey, out var code) ? code : prefix + TopicKey;

    /// <summary>Splits a header.</summary>
    public static StatLineHeader Parse(string raw)
    {
        var s = raw.Trim().Replace('|', '/');
        var m = UnitSuffix().Match(s);
        if (m.Success) return new StatLineHeader(raw, m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim());
        if (s.Length > 0 && !s.Contains(' ') && !s.Contains('/') && s.Contains(".."))
        {
            var cut = -1;
            for (var i = s.Length - 2; i > 0; i--)
                if (s[i] == '.' && s[i + 1] == '.' && i + 2 < s.Length && s[i + 2] != '.') { cut = i; break; }
            return cut < 0
                ? new StatLineHeader(raw, s.TrimEnd('.'), "")
                : new StatLineHeader(raw, s[..cut], s[(cut + 2)..].Trim('.').Replace('.', ' '));
        }
        return new StatLineHeader(raw, s, null);
    }

    [GeneratedRegex(@"^(.*?)\s*\(([^()]*)\)\s*$")]
    private static partial Regex UnitSuffix();
}

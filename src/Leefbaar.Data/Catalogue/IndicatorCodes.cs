using System.Globalization;
using System.Text;

namespace Leefbaar.Data.Catalogue;

/// <summary>Derives stable snake_case indicator codes from source column names, so unmapped columns still get one code for ever.</summary>
public static class IndicatorCodes
{
    /// <summary>Lower-case ASCII with every run of other characters turned into one '_' ("Bevolking/Aantal inwoners" → "bevolking_aantal_inwoners").</summary>
    public static string Snake(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (ch is (>= 'a' and <= 'z') or (>= '0' and <= '9')) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        return sb.ToString().Trim('_');
    }

    /// <summary>
    /// A code for an OData-style typed column name: the CBS position suffix ("_5") and the "k_" prefix of names that
    /// start with a digit are dropped and camel case is split ("AantalInwoners_5" → "aantal_inwoners", "k_65JaarOfOuder_12" → "65_jaar_of_ouder").
    /// </summary>
    public static string FromTypedName(string name)
    {
        var s = name.Trim();
        var underscore = s.LastIndexOf('_');
        if (underscore > 0 && underscore < s.Length - 1 && s[(underscore + 1)..].All(char.IsAsciiDigit)) s = s[..underscore];
        if (s.StartsWith("k_", StringComparison.Ordinal) && s.Length > 2 && char.IsAsciiDigit(s[2])) s = s[2..];
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            var boundary = i > 0 && ((char.IsUpper(ch) && !char.IsUpper(s[i - 1])) || (char.IsAsciiDigit(ch) != char.IsAsciiDigit(s[i - 1]) && char.IsLetterOrDigit(s[i - 1])));
            if (boundary) sb.Append('_');
            sb.Append(ch);
        }
        return Snake(sb.ToString());
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(ch);
        return sb.ToString();
    }
}

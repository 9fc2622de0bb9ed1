using System.Globalization;
using System.Text;
using Leefbaar.Core.Errors;

namespace Leefbaar.Model.Catalogue;

/// <summary>
/// What a gemeente's own indicator must declare before its values are stored: a code in its own namespace
/// ("user_…", so it can never shadow a catalogued indicator), Dutch and English names, a unit, a dimension, a
/// direction, its source and licence. The catalogue's rule that migration background, ethnicity and nationality
/// never enter a model holds here too: a user entry cannot be checked against a list of known codes, so its code
/// and names are screened for the words such indicators are named with, in Dutch and English, and refused.
/// </summary>
public static class UserIndicatorRules
{
    /// <summary>Prefix of every user indicator code.</summary>
    public const string Prefix = "user_";

    /// <summary>Word stems that mark a migration-background, ethnicity or nationality indicator (compared without case or diacritics).</summary>
    public static readonly string[] ProhibitedStems =
    [
        "migratie", "migrant", "migration", "immigra", "herkomst", "afkomst", "of origin", "etnic", "etnisch", "ethnic", "nationalit",
        "allochto", "autochto", "westers", "western", "marokk", "morocc", "turk", "surinam", "antill", "caribisch", "caribbean",
        "buitenlands", "foreign", "geboorteland", "country of birth", "birthplace", " ras ", " race ",
    ];

    private static readonly string[] Dimensions = ["won", "fys", "vrz", "soc", "onv"];

    /// <summary>Checks one entry (<paramref name="where"/> names file and entry in errors) and returns it with role <see cref="IndicatorRole.User"/>.</summary>
    public static IndicatorDefinition Check(IndicatorDefinition d, string licence, IndicatorCatalogue official, string where)
    {
        string Fail(string what) => throw new InvalidInputException($"{where}: {what}");
        if (!d.Code.StartsWith(Prefix, StringComparison.Ordinal) || d.Code.Length is < 6 or > 60 || !d.Code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            Fail($"code '{Cut(d.Code)}' must start with '{Prefix}' and use lower-case letters, digits and '_' (6–60 characters), so it cannot shadow a catalogued indicator.");
        if (official.Find(d.Code) is not null) Fail($"code '{d.Code}' is already a catalogued indicator.");
        if (string.IsNullOrWhiteSpace(d.NameNl) || string.IsNullOrWhiteSpace(d.NameEn)) Fail("a Dutch name (nl) and an English name (en) are required.");
        if (d.Dimension is null || !Dimensions.Contains(d.Dimension)) Fail($"dimension '{d.Dimension}' must be one of won, fys, vrz, soc, onv.");
        if (d.Direction is < -1 or > 1) Fail("direction must be -1 (worse when higher), 0 or +1 (better when higher).");
        if (string.IsNullOrWhiteSpace(d.Source)) Fail("the source (who measured it, how) is required.");
        if (string.IsNullOrWhiteSpace(licence)) Fail("the licence of the values is required.");
        var text = Fold($" {d.Code.Replace('_', ' ')} {d.NameNl} {d.NameEn} {d.Note} ");
        if (ProhibitedStems.FirstOrDefault(text.Contains) is { } stem)
            Fail($"'{d.Code}' reads as a migration-background, ethnicity or nationality indicator ('{stem.Trim()}'); such indicators can never enter Leefbaar.");
        return d with { Role = IndicatorRole.User, Transform = d.Transform is "none" or "log1p" or "logit-pct" ? d.Transform : "none" };
    }

    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.ToLowerInvariant().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

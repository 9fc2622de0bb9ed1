using System.Globalization;
using System.Text;
using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;

namespace Leefbaar.App.AreaSets;

/// <summary>
/// Maps the entries of a set file to the buurten of one division: a BU code is itself, a WK or GM code its buurten,
/// a name the buurt of that name in the given gemeente, else the buurten of the wijk of that name (names compared
/// without case, diacritics, hyphens or apostrophes: "Oud-Charlois" is CBS's "Oud Charlois"). Every member keeps
/// the entry it came from, so the mapping can be shown.
/// </summary>
public static class AreaSetResolver
{
    /// <summary>The members, or an error naming the file, line and entry that matches nothing (or more than one buurt).</summary>
    public static List<AreaSetMember> Resolve(string file, AreaSetDefinition set, IReadOnlyList<AreaRow> buurten, IReadOnlyList<AreaRow> wijken)
    {
        var members = new Dictionary<string, AreaSetMember>(StringComparer.Ordinal);
        foreach (var e in set.Entries)
        {
            var found = Match(e, buurten, wijken);
            if (found.Count == 0)
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{file}, line {e.Line}, field 'entry': '{e.Entry}' is no buurt or wijk code, name{(e.Gemeente is null ? " (a name needs its gemeente code in the second field)" : $" in {e.Gemeente}")} of division {buurten.FirstOrDefault()?.Division}."));
            foreach (var b in found) members.TryAdd(b.Code, new AreaSetMember(b.Code, e.Entry));
        }
        return members.Values.OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
    }

    private static List<AreaRow> Match(AreaSetEntry e, IReadOnlyList<AreaRow> buurten, IReadOnlyList<AreaRow> wijken)
    {
        var code = e.Entry.ToUpperInvariant();
        if (code.StartsWith("BU", StringComparison.Ordinal)) return buurten.Where(b => b.Code == code).ToList();
        if (code.StartsWith("WK", StringComparison.Ordinal)) return buurten.Where(b => b.Wijk == code).ToList();
        if (code.StartsWith("GM", StringComparison.Ordinal) && code.Length == 6) return buurten.Where(b => b.Gemeente == code).ToList();
        if (e.Gemeente is null) return [];
        var name = Fold(e.Entry);
        var buurt = buurten.Where(b => b.Gemeente == e.Gemeente && Fold(b.Name) == name).ToList();
        if (buurt.Count > 0) return buurt;
        var wijk = wijken.Where(w => w.Gemeente == e.Gemeente && Fold(w.Name) == name).Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        return buurten.Where(b => b.Wijk is not null && wijk.Contains(b.Wijk)).ToList();
    }

    /// <summary>A name for comparison: lower case, no diacritics, hyphens and apostrophes as spaces, single spaces.</summary>
    public static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is '-' or '\'' or '’' or '/' ? ' ' : c);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

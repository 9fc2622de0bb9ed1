using Leefbaar.Core.Areas;
using System.Text.RegularExpressions;
using Leefbaar.Core.ReadModels;

namespace Leefbaar.Api.Serving;

/// <summary>
/// Finds areas by name, other name or code. Ranking: for a postcode (4 digits, optionally with its letters) the
/// buurten whose most frequent postcode it is, then exact code, exact name, exact other name ("Den Bosch"), code
/// prefix, name prefix (also of other names), name contains; within a rank coarser levels first (a gemeente before
/// its buurten), then by name. Names are compared without case, diacritics and CBS suffixes such as "(gemeente)"; they carry their gemeente for context.
/// </summary>
public sealed partial class AreaSearch
{
    /// <summary>The match kinds in rank order (a hit's rank indexes this list).</summary>
    public static readonly string[] MatchNames = ["postcode", "exact-code", "exact-name", "alias", "code-prefix", "name-prefix", "contains"];

    private const int MinAliasPrefix = 3;
    private static readonly string[] LevelOrder = [LevelName.Land, LevelName.Provincie, LevelName.Gemeente, LevelName.Wijk, LevelName.Buurt, LevelName.Pc4, LevelName.Cell];

    private readonly Entry[] _entries;
    private readonly Dictionary<string, Entry[]> _byName;
    private readonly Dictionary<string, Entry[]> _byPostcode;

    /// <summary>Indexes the areas, and the buurten under their most frequent postcode (PC4 → buurt codes).</summary>
    public AreaSearch(IEnumerable<AreaRow> areas, IReadOnlyDictionary<string, string>? mainPostcodeOfBuurt = null)
    {
        var list = areas.ToList();
        var names = list.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        _entries = list
            .Select(a => new Entry(a, SearchText.Normalise(a.Name), SearchText.WithoutSuffix(SearchText.Normalise(a.Name)), a.Gemeente is { } gm ? names.GetValueOrDefault(gm) : null,
                Array.IndexOf(LevelOrder, a.Level) is var i and >= 0 ? i : LevelOrder.Length))
            .ToArray();
        _byName = _entries.GroupBy(e => e.Base, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var byCode = _entries.ToDictionary(e => e.Area.Code, StringComparer.Ordinal);
        _byPostcode = (mainPostcodeOfBuurt ?? new Dictionary<string, string>())
            .Where(kv => byCode.ContainsKey(kv.Key))
            .GroupBy(kv => kv.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(kv => byCode[kv.Key]).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The best matches for a query, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<SearchHit> Find(string query, int limit)
    {
        var q = query.Trim();
        if (q.Length == 0) return [];
        var upper = q.ToUpperInvariant();
        var lower = SearchText.Normalise(q);
        var best = new Dictionary<string, (int Rank, Entry E)>(StringComparer.Ordinal);
        void Add(int rank, Entry e)
        {
            if (!best.TryGetValue(e.Area.Code, out var had) || rank < had.Rank) best[e.Area.Code] = (rank, e);
        }

        if (Postcode().Match(q) is { Success: true } pc && _byPostcode.TryGetValue(pc.Groups[1].Value, out var buurten))
            foreach (var e in buurten) Add(0, e);
        foreach (var e in _entries)
        {
            if (e.Area.Code == upper) Add(1, e);
            else if (e.Lower == lower || e.Base == lower) Add(2, e);
            else if (e.Area.Code.StartsWith(upper, StringComparison.Ordinal)) Add(4, e);
            else if (e.Lower.StartsWith(lower, StringComparison.Ordinal)) Add(5, e);
            else if (e.Lower.Contains(lower, StringComparison.Ordinal)) Add(6, e);
        }
        foreach (var (alias, others) in PlaceAliases.ByName)
        {
            var rank = alias == lower ? 3 : lower.Length >= MinAliasPrefix && alias.StartsWith(lower, StringComparison.Ordinal) ? 5 : -1;
            if (rank < 0) continue;
            foreach (var other in others)
                if (_byName.TryGetValue(other, out var named)) foreach (var e in named) Add(rank, e);
        }
        return best.Values
            .OrderBy(h => h.Rank).ThenBy(h => h.E.LevelRank).ThenBy(h => h.E.Area.Name, StringComparer.Ordinal).ThenBy(h => h.E.Area.Code, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => new SearchHit(h.E.Area, h.E.GemeenteName, h.Rank))
            .ToList();
    }

    // "3811", "3811AB" or "3811 ab": the four digits of the postcode.
    [GeneratedRegex(@"^(\d{4})\s?(?:[A-Za-z]{2})?$")]
    private static partial Regex Postcode();

    // Lower: the normalised name; Base: the same without a CBS suffix such as " (gemeente)".
    private sealed record Entry(AreaRow Area, string Lower, string Base, string? GemeenteName, int LevelRank);
}

using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;

namespace Leefbaar.Api.Serving;

/// <summary>
/// Finds areas by name or code. Ranking: exact code, exact name, code prefix, name prefix, name contains; within a
/// rank coarser levels first (a gemeente before its buurten), then by name. Names carry their gemeente for context.
/// </summary>
public sealed class AreaSearch
{
    private static readonly string[] LevelOrder = ["land", "provincie", "gemeente", "wijk", "buurt", "pc4", "cell"];

    private readonly Entry[] _entries;

    /// <summary>Indexes the areas.</summary>
    public AreaSearch(IEnumerable<AreaRow> areas)
    {
        var list = areas.ToList();
        var names = list.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        _entries = list
            .Select(a => new Entry(a, a.Name.ToLowerInvariant(), a.Gemeente is { } gm ? names.GetValueOrDefault(gm) : null,
                Array.IndexOf(LevelOrder, a.Level) is var i and >= 0 ? i : LevelOrder.Length))
            .ToArray();
    }

    /// <summary>The best matches for a query, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<SearchHit> Find(string query, int limit)
    {
        var q = query.Trim();
        if (q.Length == 0) return [];
        var upper = q.ToUpperInvariant();
        var lower = q.ToLowerInvariant();
        var hits = new List<(int Rank, Entry E)>();
        foreach (var e in _entries)
        {
            int rank;
            if (e.Area.Code == upper) rank = 0;
            else if (e.Lower == lower) rank = 1;
            else if (e.Area.Code.StartsWith(upper, StringComparison.Ordinal)) rank = 2;
            else if (e.Lower.StartsWith(lower, StringComparison.Ordinal)) rank = 3;
            else if (e.Lower.Contains(lower, StringComparison.Ordinal)) rank = 4;
            else continue;
            hits.Add((rank, e));
        }
        return hits
            .OrderBy(h => h.Rank).ThenBy(h => h.E.LevelRank).ThenBy(h => h.E.Area.Name, StringComparer.Ordinal).ThenBy(h => h.E.Area.Code, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => new SearchHit(h.E.Area, h.E.GemeenteName, h.Rank))
            .ToList();
    }

    private sealed record Entry(AreaRow Area, string Lower, string? GemeenteName, int LevelRank);
}

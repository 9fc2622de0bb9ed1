namespace Leefbaar.Core.Releases;

/// <summary>
/// The one rule for "which release wins" when several hold scores: among releases of one source, level and year the
/// one whose newest measurement year is latest, then the highest id (lbm3-2024 before lbm3-2022); among stored model
/// releases (newest first) the published default variant before the others (nowcast, judgement, user releases).
/// CLI, API, reports and analysis all decide through here.
/// </summary>
public static class ReleasePrecedence
{
    /// <summary>True for the default model variant, the one that scores when none is named.</summary>
    public static bool IsDefaultModel(string releaseId) => releaseId.Contains("-default-", StringComparison.Ordinal);

    /// <summary>The winning release of <paramref name="candidates"/> (release id, its newest year with scores), or null when there are none.</summary>
    public static string? Newest(IEnumerable<(string Release, int NewestYear)> candidates) =>
        candidates.OrderByDescending(c => c.NewestYear).ThenByDescending(c => c.Release, StringComparer.Ordinal)
            .Select(c => c.Release).FirstOrDefault();

    /// <summary>The model release to use of <paramref name="newestFirst"/>: the newest default variant, else the newest.</summary>
    public static T? PreferredModel<T>(IEnumerable<T> newestFirst, Func<T, string> id) where T : class
    {
        var list = newestFirst as IReadOnlyList<T> ?? newestFirst.ToList();
        return list.FirstOrDefault(r => IsDefaultModel(id(r))) ?? list.FirstOrDefault();
    }
}

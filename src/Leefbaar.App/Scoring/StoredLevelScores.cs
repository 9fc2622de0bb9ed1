using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.Scoring;

/// <summary>
/// Scores of one level as `fit` published them for a release, named from the store's areas — so `score` and
/// `explain` of a published release read instead of rebuilding the national feature table.
/// </summary>
public static class StoredLevelScores
{
    /// <summary>All stored scores of <paramref name="level"/> (ordered by code), or null when the release was never published here.</summary>
    public static List<AreaScore>? Read(LeefbaarStore store, ModelRelease release, string level, IReadOnlyCollection<string>? codes = null)
    {
        var division = release.Data.Division;
        var rows = store.StoredModelScores(release.Id, level, codes)
            .Where(s => s.Division == division && s.Year == release.Data.Year).ToList();
        if (rows.Count == 0) return null;
        var areas = store.Areas(level, division).ToDictionary(a => a.Code);
        return rows.Select(s => ToScore(s, areas.GetValueOrDefault(s.Code))).ToList();
    }

    /// <summary>One stored row as the scorer's record; the area row gives name and gemeente.</summary>
    public static AreaScore ToScore(ModelScoreRow s, AreaRow? area) => new(
        s.Code, area?.Name ?? s.Code, area?.Gemeente, s.Release, s.Year, s.Won, s.Fys, s.Vrz, s.Soc, s.Onv, s.Afw, s.Lbm,
        s.KTotal, s.KAfw, s.KWon, s.KFys, s.KVrz, s.KSoc, s.KOnv, s.Reliable, s.AfwLower, s.AfwUpper, s.Weight)
    {
        ClassLow = s.ClassLow ?? s.KTotal,
        ClassHigh = s.ClassHigh ?? s.KTotal,
        PWeak = s.PWeak,
    };
}

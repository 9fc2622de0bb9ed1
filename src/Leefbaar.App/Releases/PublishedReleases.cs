using Leefbaar.Core.Areas;
using Leefbaar.App.Scoring;
using Leefbaar.Core.Releases;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Releases;

/// <summary>
/// The releases published in the repository's releases/ folder, for a store that was imported but never fitted:
/// `serve` scores it with the published default release of the best pooled leave-one-province-out ρ afw that fits
/// the store's division and year, so a user who follows import → serve sees model scores (labelled with that
/// release) instead of grey provinces.
/// </summary>
public static class PublishedReleases
{
    /// <summary>The releases/ folder beside the working directory or the program, walking up; null when none.</summary>
    public static string? Folder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "releases")) && Directory.GetFiles(Path.Combine(dir.FullName, "releases"), "leefbaar-*-default-*.json").Length > 0)
                    return Path.Combine(dir.FullName, "releases");
        return null;
    }

    /// <summary>
    /// When <paramref name="store"/> (real data, not the demo) has official scores but no model release, scores and
    /// stores the best published default release that fits; returns its id, or null when nothing was done.
    /// </summary>
    public static string? ScoreUnfittedStore(LeefbaarStore store, string? folder, Action<string> say)
    {
        if (folder is null || store.IsDemo() || store.ModelReleases().Count > 0 || store.OfficialReleaseYears(LevelName.Buurt, null).Count == 0) return null;
        var catalogue = IndicatorCatalogue.Default;
        var candidates = Directory.GetFiles(folder, "leefbaar-*-default-*.json")
            .Select(f => (File: f, Release: TryLoad(f, catalogue)))
            .Where(c => c.Release is not null && ReleasePrecedence.IsDefaultModel(c.Release.Id))
            .OrderByDescending(c => c.Release!.Metrics.GetValueOrDefault("all")?.GetValueOrDefault("afw.spearman") ?? 0).ToList();
        foreach (var (file, release) in candidates)
        {
            try
            {
                say($"The store has official scores but no model release: scoring it with the published {release!.Id} (releases/); './leefbaar fit' fits your own.");
                var card = Path.ChangeExtension(file, ".md");
                ScorePublisher.Publish(store, release, catalogue, File.Exists(card) ? File.ReadAllText(card) : "");
                return release.Id;
            }
            catch (Exception e) when (e is Core.Errors.IDomainError or InvalidOperationException or KeyNotFoundException)
            {
                say($"  {release!.Id} does not fit this store ({e.Message}); trying the next.");
            }
        }
        return null;
    }

    private static ModelRelease? TryLoad(string file, IndicatorCatalogue catalogue)
    {
        try { return ReleaseJson.Load(file, catalogue); }
        catch (Exception e) when (e is ReleaseRejectedException or System.Text.Json.JsonException or IOException) { return null; }
    }
}

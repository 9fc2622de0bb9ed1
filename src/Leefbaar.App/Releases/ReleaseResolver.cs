using Leefbaar.Core.Errors;
using Leefbaar.Core.Releases;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Releases;

/// <summary>Finds the release to score with: a JSON file path, an id stored by `fit`, or the newest stored release.</summary>
public static class ReleaseResolver
{
    /// <summary>Resolves <paramref name="idOrFile"/> (null = newest default release in the store); errors say what to run.</summary>
    public static ModelRelease Resolve(LeefbaarStore store, string? idOrFile, IndicatorCatalogue catalogue)
    {
        if (idOrFile is not null && File.Exists(idOrFile)) return ReleaseJson.Load(idOrFile, catalogue);
        var releases = store.ModelReleases();
        var chosen = idOrFile is null
            ? ReleasePrecedence.PreferredModel(releases, r => r.Id)
            : releases.FirstOrDefault(r => r.Id == idOrFile);
        if (chosen is null)
            throw new NotFoundException(idOrFile is null
                ? "The store holds no model release yet: run './leefbaar fit' first."
                : $"No model release '{idOrFile}' in the store and no such file; stored: {string.Join(", ", releases.Select(r => r.Id))}.");
        return ReleaseJson.Deserialize(chosen.ReleaseJson, catalogue);
    }

    /// <summary>
    /// The stored model release fitted on <paramref name="year"/>'s data, the default variant first; null when none is.
    /// A stored release that no longer loads (damaged, or refused by the load-time checks) is passed over: a report
    /// then falls back to the official scores instead of failing or scoring with it.
    /// </summary>
    public static ModelRelease? StoredModelFor(LeefbaarStore store, int year)
    {
        var newestFirst = store.ModelReleases().Where(r => r.ReleaseJson.Length > 0).ToList();
        foreach (var r in newestFirst.Where(r => ReleasePrecedence.IsDefaultModel(r.Id)).Concat(newestFirst.Where(r => !ReleasePrecedence.IsDefaultModel(r.Id))))
        {
            ModelRelease m;
            try { m = ReleaseJson.Deserialize(r.ReleaseJson, IndicatorCatalogue.Default); }
            catch (Exception e) when (e is System.Text.Json.JsonException or IDomainError) { continue; }
            if (m.Data.Year == year) return m;
        }
        return null;
    }
}

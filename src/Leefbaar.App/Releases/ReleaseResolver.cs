using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
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

    /// <summary>The stored model release fitted on <paramref name="year"/>'s data, the default variant first; null when none is.</summary>
    public static ModelRelease? StoredModelFor(LeefbaarStore store, int year)
    {
        var ofYear = store.ModelReleases().Where(r => r.ReleaseJson.Length > 0)
            .Select(r => ReleaseJson.Deserialize(r.ReleaseJson, IndicatorCatalogue.Default)).Where(m => m.Data.Year == year);
        return ReleasePrecedence.PreferredModel(ofYear, m => m.Id);
    }
}

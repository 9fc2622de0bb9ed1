using Leefbaar.Model.Catalogue;

namespace Leefbaar.Model.Releases;

/// <summary>
/// Turns a release draft into a publishable release: the id becomes <c>prefix-contenthash</c> and every
/// <see cref="ReleaseChecks"/> rule must hold. The release's collections are already frozen copies (see
/// <see cref="ModelRelease"/>), so what leaves here cannot change.
/// </summary>
public static class ModelReleaseBuilder
{
    /// <summary>Seals a draft (its id is ignored) under <paramref name="idPrefix"/>, checked against <paramref name="catalogue"/>.</summary>
    public static ModelRelease Seal(ModelRelease draft, string idPrefix, IndicatorCatalogue catalogue)
    {
        var unsealed = draft with { Id = "" };
        var release = unsealed with { Id = $"{idPrefix}-{ReleaseJson.ContentHash(unsealed)}" };
        ReleaseChecks.Check(release, catalogue);
        return release;
    }
}

using Leefbaar.App.Releases;
using Leefbaar.App.UserIndicators;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Workspaces;

// Fitting, publishing and finding releases.
public sealed partial class Workspace
{
    /// <summary>The default catalogue plus the store's own (user) indicators, so a user release can name them.</summary>
    public IndicatorCatalogue CatalogueWithUserIndicators() => UserIndicatorService.CatalogueWithUserIndicators(Store);

    /// <summary>A release by stored id or file; null = the newest default release (ReleaseResolver).</summary>
    public ModelRelease ResolveRelease(string? idOrFile, IndicatorCatalogue catalogue) => ReleaseResolver.Resolve(Store, idOrFile, catalogue);

    /// <summary>The feature table of one level, division and year.</summary>
    public FeatureTable Features(IndicatorCatalogue catalogue, string level, int division, int year) =>
        new FeatureBuilder(Store, catalogue).Build(level, division, year);

    /// <summary>Fits a release on an already built feature table (ReleaseFitter, the one fit path).</summary>
    public FittedRelease Fit(FitRequest request, FeatureTable table) => ReleaseFitter.Fit(Store, request, table);

    /// <summary>Stores the release and its scores of every area; returns the number of scores written.</summary>
    public int Publish(FittedRelease fitted) => ReleaseFitter.Publish(Store, fitted);

    /// <summary>Dataset id → content hash of every imported dataset, recorded in a release's provenance.</summary>
    public SortedDictionary<string, string> DatasetVersions() => StoreDatasets.Of(Store);

    /// <summary>Scores a real store that was imported but never fitted with the best published default release.</summary>
    public string? ScoreUnfittedStore(string? folder, Action<string> say) => PublishedReleases.ScoreUnfittedStore(Store, folder, say);
}

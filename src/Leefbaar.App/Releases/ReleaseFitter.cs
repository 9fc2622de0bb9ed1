using Leefbaar.Core.Areas;
using Leefbaar.App.Scoring;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Estimation;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Releases;

/// <summary>What to fit: the official release to calibrate to, the variant, the estimator options and the catalogue.</summary>
public sealed record FitRequest(TargetRelease Target, string Variant = "default")
{
    /// <summary>Spline-ridge options (penalty grid, scope).</summary>
    public AdditiveFitOptions Options { get; init; } = new();
    /// <summary>The catalogue (the shipped one unless indicators are left out on purpose).</summary>
    public IndicatorCatalogue Catalogue { get; init; } = IndicatorCatalogue.Default;
    /// <summary>Division and input year of the buurt feature table.</summary>
    public int Division { get; init; } = 2024;
    /// <summary>Year of the inputs and of the official target scores.</summary>
    public int Year { get; init; } = 2024;
}

/// <summary>A fitted release with what produced it: the feature table, the official target rows, the validation and the model card.</summary>
public sealed record FittedRelease(ModelRelease Release, CalibrationResult Calibration, FeatureTable Table,
    IReadOnlyList<OfficialScoreRow> Official, IndicatorCatalogue Catalogue)
{
    /// <summary>The model card (Markdown) of the release.</summary>
    public string ModelCard => Leefbaar.Model.Releases.ModelCard.Render(Release, Catalogue);
}

/// <summary>
/// The one fit-and-publish path (used by `fit`, `demo`, the benches and the tests): builds the buurt feature table
/// from the store, fits the surrogate calibration to the official target, and on request scores every level and
/// stores scores, contributions and the release in one transaction.
/// </summary>
public static class ReleaseFitter
{
    /// <summary>Fits a release on the store's data; writes nothing.</summary>
    public static FittedRelease Fit(LeefbaarStore store, FitRequest request)
    {
        var table = new FeatureBuilder(store, request.Catalogue).Build(LevelName.Buurt, request.Division, request.Year);
        return Fit(store, request, table);
    }

    /// <summary>Fits a release on a feature table already built (e.g. one a test or an ablation changed).</summary>
    public static FittedRelease Fit(LeefbaarStore store, FitRequest request, FeatureTable table)
    {
        var official = store.OfficialScores(request.Target.Id, LevelName.Buurt, request.Year);
        var result = new SurrogateCalibration(request.Catalogue).Fit(table, official, request.Target, request.Variant, request.Options, StoreDatasets.Of(store));
        return new FittedRelease(result.Release, result, table, official, request.Catalogue);
    }

    /// <summary>Scores every level with a fitted release and stores it; returns the number of score rows.</summary>
    public static int Publish(LeefbaarStore store, FittedRelease fitted) =>
        ScorePublisher.Publish(store, fitted.Release, fitted.Catalogue, fitted.ModelCard);

    /// <summary>Fits and publishes in one step.</summary>
    public static FittedRelease FitAndPublish(LeefbaarStore store, FitRequest request)
    {
        var fitted = Fit(store, request);
        Publish(store, fitted);
        return fitted;
    }
}

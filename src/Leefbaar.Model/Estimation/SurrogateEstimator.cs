using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The surrogate calibration behind the <see cref="IEstimator"/> interface: fits the five dimension models to an
/// official release (see <see cref="SurrogateCalibration"/>) and returns the release's terms as estimated weights.
/// </summary>
public sealed class SurrogateEstimator(IndicatorCatalogue catalogue, IReadOnlyList<OfficialScoreRow> official, TargetRelease target,
    AdditiveFitOptions options, SortedDictionary<string, string> datasets) : IEstimator
{
    /// <inheritdoc/>
    public string Name => SurrogateCalibration.Name;

    /// <summary>The release of the last <see cref="Estimate"/> call.</summary>
    public ModelRelease? Release { get; private set; }

    /// <inheritdoc/>
    public EstimatedWeights Estimate(FeatureTable table)
    {
        Release = new SurrogateCalibration(catalogue).Fit(table, official, target, "default", options, datasets).Release;
        return EstimatedWeights.FromRelease(Release) with { Estimator = Name };
    }
}

using Leefbaar.Model.Features;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// An estimator of livability weights: reads a feature table (and whatever target data it was given) and returns
/// one additive contribution function per indicator, so different evidence (official scores, house prices,
/// resident judgements) can be compared and combined on the same terms.
/// </summary>
public interface IEstimator
{
    /// <summary>Short name recorded in results and releases, e.g. "hedonic-woz".</summary>
    string Name { get; }

    /// <summary>Fits on the rows of <paramref name="table"/> that have the estimator's target.</summary>
    EstimatedWeights Estimate(FeatureTable table);
}

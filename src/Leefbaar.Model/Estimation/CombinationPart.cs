namespace Leefbaar.Model.Estimation;

/// <summary>One estimator's weights in a combination, with its share of the combined (standardised) contribution.</summary>
public sealed record CombinationPart(EstimatedWeights Weights, double Share);

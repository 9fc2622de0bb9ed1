namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// A global spatial statistic in the vocabulary every statistic here shares (esda's): the value I over N areas, its
/// expectation EI, the analytical tests under normality and randomisation, and the permutation test.
/// </summary>
public sealed record GlobalStatistic(string Name, int N, double I, double EI, Inference Normality, Inference Randomisation, Simulation Simulation, double S0);

namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// What a permutation test says of one statistic, in esda's words: the number of permutations, the folded pseudo
/// p-value p_sim, and the mean (EI_sim), standard deviation (SE_sim) and z-score (z_sim) of the simulated statistic.
/// NaN throughout when no permutations were run.
/// </summary>
public sealed record Simulation(int Permutations, double PSim, double EISim, double SESim, double ZSim)
{
    /// <summary>The result of running no permutations.</summary>
    public static Simulation None { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);
}

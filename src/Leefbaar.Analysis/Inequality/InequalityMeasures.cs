namespace Leefbaar.Analysis.Inequality;

/// <summary>
/// Weighted inequality measures. With weight shares pᵢ and mean μ = Σpᵢxᵢ: Gini = Σᵢⱼ pᵢpⱼ|xᵢ−xⱼ| / 2μ (computed in
/// sorted order in O(n log n)); Theil T = Σ pᵢ (xᵢ/μ) ln(xᵢ/μ); the Theil decomposition T = Σ_g P_g(μ_g/μ)T_g
/// (within) + Σ_g P_g(μ_g/μ) ln(μ_g/μ) (between). Equal weights give the unweighted textbook values.
/// </summary>
public static class InequalityMeasures
{
    /// <summary>Computes all measures; values must be positive (Gini and Theil are defined for positive quantities).</summary>
    public static InequalityResult Compute(int year, IReadOnlyList<double> x, IReadOnlyList<double> weight, IReadOnlyList<string>? groups = null, string? grouping = null)
    {
        if (x.Count == 0) throw new ArgumentException("No values.");
        if (x.Any(v => v <= 0)) throw new ArgumentException("Gini and Theil need positive values: use lbm (absolute score) or a positive indicator, not afw.");
        var total = weight.Sum();
        if (total <= 0) throw new ArgumentException("The weights sum to zero.");
        var p = weight.Select(w => w / total).ToArray();
        var mu = Mean(x, p);
        var sd = Math.Sqrt(x.Select((v, i) => p[i] * (v - mu) * (v - mu)).Sum());
        var theil = Theil(x, p, mu);
        double? between = null, within = null;
        var parts = new List<GroupInequality>();
        if (groups is not null)
        {
            between = 0;
            within = 0;
            foreach (var g in Enumerable.Range(0, x.Count).GroupBy(i => groups[i]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var share = g.Sum(i => p[i]);
                if (share <= 0) continue;
                var xs = g.Select(i => x[i]).ToArray();
                var ps = g.Select(i => p[i] / share).ToArray();
                var mg = Mean(xs, ps);
                var tg = Theil(xs, ps, mg);
                between += share * mg / mu * Math.Log(mg / mu);
                within += share * mg / mu * tg;
                parts.Add(new GroupInequality(g.Key, g.Count(), share, mg, tg));
            }
        }
        return new InequalityResult(year, x.Count, total, mu, sd, sd / mu, Gini(x, p, mu), theil, grouping, between, within, parts);
    }

    private static double Mean(IReadOnlyList<double> x, double[] p) => x.Select((v, i) => p[i] * v).Sum();

    private static double Theil(IReadOnlyList<double> x, double[] p, double mu) =>
        x.Select((v, i) => p[i] * v / mu * Math.Log(v / mu)).Sum();

    // Σᵢⱼ pᵢpⱼ|xᵢ−xⱼ| = 2 Σᵢ pᵢxᵢ (P_below(i) − P_above(i)) in ascending order; ties cancel.
    private static double Gini(IReadOnlyList<double> x, double[] p, double mu)
    {
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
        var below = 0.0;
        var sum = 0.0;
        foreach (var i in order)
        {
            var above = 1 - below - p[i];
            sum += p[i] * x[i] * (below - above);
            below += p[i];
        }
        return sum / mu;
    }
}

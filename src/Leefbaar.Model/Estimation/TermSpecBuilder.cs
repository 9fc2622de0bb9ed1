namespace Leefbaar.Model.Estimation;

/// <summary>Chooses knots (quantiles of the transformed values), the impute value and the reference for a term.</summary>
public static class TermSpecBuilder
{
    /// <summary>Quantiles at which knots are placed.</summary>
    public static readonly double[] KnotQuantiles = [0.1, 0.3, 0.5, 0.7, 0.9];

    /// <summary>Builds a spec from the indicator's raw values over the fitting rows; null when too few values vary.</summary>
    public static TermSpec? Build(string indicator, string transform, ReadOnlySpan<double> raw, int knots = 5)
    {
        var present = new List<double>(raw.Length);
        foreach (var v in raw) if (!double.IsNaN(v)) present.Add(v);
        if (present.Count < 30) return null;
        present.Sort();
        var median = Quantile(present, 0.5);
        var probe = new TermSpec { Indicator = indicator, Transform = transform, Knots = [], Impute = median, MissingFlag = false, Reference = median };
        var t = present.Select(probe.Transformed).ToList();
        if (t[^1] - t[0] < 1e-12) return null;
        var qs = knots == KnotQuantiles.Length ? KnotQuantiles : Enumerable.Range(1, knots).Select(k => k / (knots + 1.0)).ToArray();
        var ks = qs.Select(q => Quantile(t, q)).Distinct().Where(k => k > t[0] && k < t[^1]).ToArray();
        var missingShare = 1 - present.Count / (double)raw.Length;
        return probe with { Knots = ks, MissingFlag = missingShare > 0.005 };
    }

    /// <summary>Linear-interpolated quantile of sorted values.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var pos = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

namespace Leefbaar.Model.Validation;

/// <summary>Agreement statistics between predictions and official values. Stateless.</summary>
public static class Metrics
{
    /// <summary>Spearman's rank correlation (average ranks for ties).</summary>
    public static double Spearman(IReadOnlyList<double> a, IReadOnlyList<double> b) => Pearson(Ranks(a), Ranks(b));

    /// <summary>Pearson's correlation.</summary>
    public static double Pearson(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var n = a.Count;
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < n; i++)
        {
            var da = a[i] - ma;
            var db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.Sqrt(saa * sbb);
    }

    /// <summary>Coefficient of determination of predictions <paramref name="predicted"/> for <paramref name="actual"/> (1 − SSE/SST).</summary>
    public static double RSquared(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        var mean = actual.Average();
        double sse = 0, sst = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            sse += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            sst += (actual[i] - mean) * (actual[i] - mean);
        }
        return 1 - sse / sst;
    }

    /// <summary>Mean absolute error.</summary>
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> predicted) =>
        actual.Select((v, i) => Math.Abs(v - predicted[i])).Average();

    /// <summary>Share of pairs with equal class, and with classes at most one apart.</summary>
    public static (double Exact, double WithinOne) ClassAgreement(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        int exact = 0, within = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] == b[i]) exact++;
            if (Math.Abs(a[i] - b[i]) <= 1) within++;
        }
        return (exact / (double)a.Count, within / (double)a.Count);
    }

    /// <summary>Average ranks (1-based), ties sharing their mean rank.</summary>
    public static double[] Ranks(IReadOnlyList<double> v)
    {
        var order = Enumerable.Range(0, v.Count).OrderBy(i => v[i]).ToArray();
        var ranks = new double[v.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && v[order[j + 1]] == v[order[i]]) j++;
            var r = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++) ranks[order[k]] = r;
            i = j + 1;
        }
        return ranks;
    }
}

using Leefbaar.Model.Estimation;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Model.Validation;

/// <summary>Summarises cross-validated predictions into the release's metrics table (overall and per held-out province).</summary>
public static class ValidationMetrics
{
    private static readonly string[] Dims = ["won", "fys", "vrz", "soc", "onv"];

    /// <summary>Spearman ρ, R², MAE per dimension and afw; class agreement of afw; for all rows and per province.</summary>
    public static SortedDictionary<string, SortedDictionary<string, double>> Summarise(CrossValidatedPredictions cv, ModelRelease release)
    {
        var result = new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal);
        result["all"] = For(Enumerable.Range(0, cv.Codes.Length).ToArray(), cv, release);
        foreach (var p in cv.Provinces.Distinct().Order(StringComparer.Ordinal))
            result[p] = For(Enumerable.Range(0, cv.Codes.Length).Where(i => cv.Provinces[i] == p).ToArray(), cv, release);
        return result;
    }

    private static SortedDictionary<string, double> For(int[] rows, CrossValidatedPredictions cv, ModelRelease release)
    {
        var m = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["n"] = rows.Length };
        var afwOfficial = rows.Select(r => Dims.Select((_, t) => cv.Official[t][r]).Sum()).ToArray();
        var afwPredicted = rows.Select(r => Dims.Select((_, t) => cv.Predicted[t][r]).Sum()).ToArray();
        void Add(string name, double[] a, double[] p)
        {
            m[$"{name}.spearman"] = R(Metrics.Spearman(a, p));
            m[$"{name}.r2"] = R(Metrics.RSquared(a, p));
            m[$"{name}.mae"] = R(Metrics.Mae(a, p));
        }
        for (var t = 0; t < Dims.Length; t++)
            Add(Dims[t], rows.Select(r => cv.Official[t][r]).ToArray(), rows.Select(r => cv.Predicted[t][r]).ToArray());
        Add("afw", afwOfficial, afwPredicted);
        var officialClass = rows.Select(r => cv.OfficialClass[r]).ToArray();
        var predictedClass = afwPredicted.Select(a => Classes.Total(a, release.ClassBoundaries)).ToArray();
        var (exact, within) = Metrics.ClassAgreement(officialClass, predictedClass);
        m["class.exact"] = R(exact);
        m["class.within1"] = R(within);
        // The low end: "zwak" or worse (class ≤ 4) and "onvoldoende" or worse (class ≤ 3), and the spread.
        var weak = LowEnd.Detect(officialClass, predictedClass, LowEnd.WeakClass);
        m["weak.official"] = weak.Official;
        m["weak.flagged"] = weak.Flagged;
        m["weak.recall"] = R(Nz(weak.Recall));
        m["weak.precision"] = R(Nz(weak.Precision));
        var weak3 = LowEnd.Detect(officialClass, predictedClass, 3);
        m["weak3.official"] = weak3.Official;
        m["weak3.flagged"] = weak3.Flagged;
        m["weak3.recall"] = R(Nz(weak3.Recall));
        m["afw.sd_official"] = R(Sd(afwOfficial));
        m["afw.sd_predicted"] = R(Sd(afwPredicted));
        return m;
    }

    private static double R(double v) => Math.Round(v, 4);

    private static double Nz(double v) => double.IsNaN(v) ? 0 : v;

    private static double Sd(double[] v)
    {
        var mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Length);
    }
}

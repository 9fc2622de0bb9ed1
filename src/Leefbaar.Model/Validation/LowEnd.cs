using Leefbaar.Model.Estimation;

namespace Leefbaar.Model.Validation;

/// <summary>How well the low end ("zwak" or worse, class ≤ 4) is found: recall, precision and F1 of a weak flag.</summary>
public sealed record WeakDetection(int Official, int Flagged, int Hits)
{
    /// <summary>Share of the officially weak areas that are flagged.</summary>
    public double Recall => Official == 0 ? double.NaN : Hits / (double)Official;
    /// <summary>Share of the flagged areas that are officially weak.</summary>
    public double Precision => Flagged == 0 ? double.NaN : Hits / (double)Flagged;
    /// <summary>Harmonic mean of recall and precision.</summary>
    public double F1 => Hits == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);

    /// <summary>Counts for official and predicted classes, weak meaning class ≤ <paramref name="maxClass"/>.</summary>
    public static WeakDetection Of(IReadOnlyList<int> official, IReadOnlyList<int> predicted, int maxClass = 4)
    {
        int o = 0, f = 0, h = 0;
        for (var i = 0; i < official.Count; i++)
        {
            var isO = official[i] <= maxClass;
            var isF = predicted[i] <= maxClass;
            if (isO) o++;
            if (isF) f++;
            if (isO && isF) h++;
        }
        return new WeakDetection(o, f, h);
    }
}

/// <summary>One way of turning cross-validated afw predictions into classes, evaluated on the held-out provinces.</summary>
public sealed record ClassMappingResult(string Name, int[] Classes, double Exact, double WithinOne, WeakDetection Weak, WeakDetection VeryWeak);

/// <summary>
/// The low end of the cross-validated predictions. Ridge predictions are shrunk towards the mean, so the
/// official boundaries applied to them find few weak buurten. The alternatives here are learned per held-out
/// province on the other provinces' out-of-province predictions only (nested), so the result is honest:
/// spread matching (afw' = μ + k(afw − μ), k = sd official / sd predicted), boundaries matching the official class
/// shares (quantile mapping), and a weak threshold chosen to maximise weak F1.
/// </summary>
public static class LowEnd
{
    /// <summary>Class ≤ 4 is "zwak" or worse.</summary>
    public const int WeakClass = 4;

    /// <summary>Weak detection counts (class ≤ <paramref name="maxClass"/>).</summary>
    public static WeakDetection Detect(IReadOnlyList<int> official, IReadOnlyList<int> predicted, int maxClass) =>
        Validation.WeakDetection.Of(official, predicted, maxClass);

    /// <summary>afw of the official scores and of the cross-validated predictions, per labelled row.</summary>
    public static (double[] Official, double[] Predicted) Afw(CrossValidatedPredictions cv)
    {
        var n = cv.Codes.Length;
        var o = new double[n];
        var p = new double[n];
        for (var i = 0; i < n; i++)
            for (var t = 0; t < cv.Official.Length; t++) { o[i] += cv.Official[t][i]; p[i] += cv.Predicted[t][i]; }
        return (o, p);
    }

    /// <summary>Spread-matching factor k and centre μ learned on rows (sd of official afw / sd of predicted afw).</summary>
    public static (double Centre, double Factor) SpreadFactor(IReadOnlyList<double> official, IReadOnlyList<double> predicted)
    {
        var mp = predicted.Average();
        var mo = official.Average();
        var sp = Math.Sqrt(predicted.Sum(v => (v - mp) * (v - mp)) / predicted.Count);
        var so = Math.Sqrt(official.Sum(v => (v - mo) * (v - mo)) / official.Count);
        return (mp, sp > 0 ? so / sp : 1);
    }

    /// <summary>Boundaries on predicted afw whose class shares equal the official class shares of the same rows.</summary>
    public static double[] ShareMatchedBoundaries(IReadOnlyList<double> predicted, IReadOnlyList<int> officialClass, int classes = 9)
    {
        var sorted = predicted.OrderBy(v => v).ToList();
        var b = new double[classes - 1];
        for (var c = 1; c < classes; c++)
        {
            var share = officialClass.Count(k => k <= c) / (double)officialClass.Count;
            b[c - 1] = share <= 0 ? sorted[0] - 1e-9 : share >= 1 ? sorted[^1] + 1e-9 : Estimation.TermSpecBuilder.Quantile(sorted, share);
        }
        for (var c = 1; c < b.Length; c++) if (b[c] <= b[c - 1]) b[c] = b[c - 1] + 1e-9;
        return b;
    }

    /// <summary>The threshold on predicted afw that maximises weak F1 on the rows (a grid over the predictions' 0.5–30 % quantiles).</summary>
    public static double WeakF1Threshold(IReadOnlyList<double> predicted, IReadOnlyList<int> officialClass)
    {
        var sorted = predicted.OrderBy(v => v).ToList();
        var best = (F1: -1.0, T: 0.0);
        for (var q = 0.005; q <= 0.30; q += 0.0025)
        {
            var t = Estimation.TermSpecBuilder.Quantile(sorted, q);
            int o = 0, f = 0, h = 0;
            for (var i = 0; i < predicted.Count; i++)
            {
                var isO = officialClass[i] <= WeakClass;
                var isF = predicted[i] < t;
                if (isO) o++;
                if (isF) f++;
                if (isO && isF) h++;
            }
            var f1 = h == 0 ? 0 : 2.0 * h / (o + f);
            if (f1 > best.F1) best = (f1, t);
        }
        return best.T;
    }

    /// <summary>Evaluates the raw mapping and the nested alternatives on the cross-validated predictions.</summary>
    public static List<ClassMappingResult> Compare(CrossValidatedPredictions cv, double[] officialBoundaries)
    {
        var (official, predicted) = Afw(cv);
        var n = predicted.Length;
        var groups = cv.Provinces;
        var raw = predicted.Select(a => Scoring.Classes.Total(a, officialBoundaries)).ToArray();
        var spread = new int[n];
        var shares = new int[n];
        var f1 = new int[n];
        foreach (var g in groups.Distinct())
        {
            var rest = Enumerable.Range(0, n).Where(i => groups[i] != g).ToArray();
            var mine = Enumerable.Range(0, n).Where(i => groups[i] == g).ToArray();
            var (mu, k) = SpreadFactor(rest.Select(i => official[i]).ToList(), rest.Select(i => predicted[i]).ToList());
            var b = ShareMatchedBoundaries(rest.Select(i => predicted[i]).ToList(), rest.Select(i => cv.OfficialClass[i]).ToList());
            var t = WeakF1Threshold(rest.Select(i => predicted[i]).ToList(), rest.Select(i => cv.OfficialClass[i]).ToList());
            foreach (var i in mine)
            {
                spread[i] = Scoring.Classes.Total(mu + k * (predicted[i] - mu), officialBoundaries);
                shares[i] = Scoring.Classes.Total(predicted[i], b);
                // The F1 threshold moves only the weak/not-weak line: below it at most class 4, above it at least 5.
                f1[i] = predicted[i] < t ? Math.Min(raw[i], WeakClass) : Math.Max(raw[i], WeakClass + 1);
            }
        }
        ClassMappingResult R(string name, int[] c)
        {
            var (exact, within) = Metrics.ClassAgreement(cv.OfficialClass, c);
            return new ClassMappingResult(name, c, exact, within, Validation.WeakDetection.Of(cv.OfficialClass, c), Validation.WeakDetection.Of(cv.OfficialClass, c, 3));
        }
        return [R("release: official boundaries on its afw", raw), R("spread-matched afw", spread), R("class-share-matched boundaries", shares), R("weak-F1 threshold", f1)];
    }

    /// <summary>Counts of official class (rows) by predicted class (columns), 9 × 9.</summary>
    public static int[,] Confusion(IReadOnlyList<int> official, IReadOnlyList<int> predicted)
    {
        var m = new int[9, 9];
        for (var i = 0; i < official.Count; i++)
            if (official[i] is >= 1 and <= 9 && predicted[i] is >= 1 and <= 9) m[official[i] - 1, predicted[i] - 1]++;
        return m;
    }
}

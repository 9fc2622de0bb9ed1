using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>
/// One scored area that a custom area covers: the covered share of its area, the share of its residents inside
/// when 100 m cells tell where they live (null otherwise), and the weight it gets.
/// </summary>
public sealed record CoveredPart(AreaScore Score, double Share, double Weight, double? ResidentShare = null)
{
    /// <summary>The share of the part's inhabitants counted as covered: from its cells where known, else its covered area share.</summary>
    public double InhabitantShare => ResidentShare ?? Share;
}

/// <summary>How the parts of a custom area were weighted.</summary>
public enum CombinationWeights
{
    /// <summary>Covered share × inhabitants of each part (the default).</summary>
    Inhabitants,

    /// <summary>Covered area only: no covered part has inhabitants (an industrial estate, a park).</summary>
    Area,
}

/// <summary>
/// A custom area's score: the weighted mean of the dimension scores of the parts it covers (so afw stays their
/// exact sum and the class is assigned afterwards, as for every level); its 90 % interval the same weighted mean
/// of the parts' interval ends — exact when the parts' errors move together, wider than the truth otherwise, so
/// never falsely narrow. <see cref="ShareWeak"/> is the expected share of the covered residents living in a part
/// that is officially "zwak" or worse.
/// </summary>
public sealed record CombinedArea(AreaScore Score, IReadOnlyList<CoveredPart> Parts, CombinationWeights Weights, double ShareWeak);

/// <summary>Combines part scores (buurten) into the score of an area drawn across them.</summary>
public static class AreaCombination
{
    /// <summary>
    /// The combination of <paramref name="parts"/> (a part's score and the covered share of it, 0…1). Weights are
    /// share × the part's inhabitants (<see cref="AreaScore.Weight"/>), where the share is the residents' share from
    /// 100 m cells when given, else the area share; when those sum to zero, the covered area (SharedArea) weighs
    /// instead. Null when nothing is covered.
    /// </summary>
    public static CombinedArea? Combine(ModelRelease release, string code, string name,
        IReadOnlyList<(AreaScore Score, double Share, double SharedArea, double? ResidentShare)> parts)
    {
        if (parts.Count == 0) return null;
        var basis = parts.Sum(p => (p.ResidentShare ?? p.Share) * Math.Max(p.Score.Weight, 0)) > 0 ? CombinationWeights.Inhabitants : CombinationWeights.Area;
        var covered = parts.Select(p => new CoveredPart(p.Score, p.Share,
            basis == CombinationWeights.Inhabitants ? (p.ResidentShare ?? p.Share) * Math.Max(p.Score.Weight, 0) : p.SharedArea, p.ResidentShare)).ToList();
        var total = covered.Sum(p => p.Weight);
        if (!(total > 0)) return null;

        double Mean(Func<AreaScore, double> f) => covered.Sum(p => p.Weight * f(p.Score)) / total;
        ReadOnlySpan<double> dims = [Mean(s => s.Won), Mean(s => s.Fys), Mean(s => s.Vrz), Mean(s => s.Soc), Mean(s => s.Onv)];
        var inhabitants = covered.Sum(p => p.InhabitantShare * Math.Max(p.Score.Weight, 0));
        var made = Scorer.Make(release, code, name, CommonGemeente(covered), parts[0].Score.Year, dims, inhabitants,
            inhabitants >= release.ReliabilityMinPopulation, perArea: false);
        var lower = Mean(s => s.AfwLower);
        var upper = Mean(s => s.AfwUpper);
        var weak = covered.Where(p => !double.IsNaN(p.Score.PWeak)).ToList();
        var shareWeak = weak.Count == covered.Count ? weak.Sum(p => p.Weight * p.Score.PWeak) / total : double.NaN;
        var score = made with
        {
            AfwLower = lower, AfwUpper = upper,
            ClassLow = Classes.Total(lower, release.ClassBoundaries), ClassHigh = Classes.Total(upper, release.ClassBoundaries),
            // P(weak) is a statement about one buurt; for one covered part it carries over, for several the share does.
            PWeak = covered.Count == 1 ? covered[0].Score.PWeak : double.NaN,
        };
        return new CombinedArea(score, covered, basis, shareWeak);
    }

    private static string? CommonGemeente(List<CoveredPart> parts)
    {
        var first = parts[0].Score.Gemeente;
        return parts.All(p => p.Score.Gemeente == first) ? first : null;
    }
}

using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Model.Validation;

/// <summary>How often our classifier gives the official class from the official afw, and where it does not.</summary>
public sealed record ClassReproduction(int Records, int Agree, IReadOnlyList<(string Code, double Afw, int Official, int Ours, double DistanceToBoundary)> Disagreements);

/// <summary>Agreement of our 2024 scores with an official measurement of another year (Spearman per part).</summary>
public sealed record OutOfYearCheck(string Release, int Year, int Areas, IReadOnlyDictionary<string, double> Spearman);

/// <summary>Checks of a release against official figures beyond the cross-validation.</summary>
public static class OfficialChecks
{
    /// <summary>Classifies every official afw with the release's boundaries and compares with the official class.</summary>
    public static ClassReproduction Classes(IReadOnlyList<OfficialScoreRow> official, ModelRelease release)
    {
        var records = official.Where(o => o.Afw is not null && o.KTotal is not null).ToList();
        var wrong = records
            .Select(o => (o.Code, Afw: o.Afw!.Value, Official: o.KTotal!.Value, Ours: Scoring.Classes.Total(o.Afw.Value, release.ClassBoundaries)))
            .Where(t => t.Official != t.Ours)
            .Select(t => (t.Code, t.Afw, t.Official, t.Ours, release.ClassBoundaries.Min(b => Math.Abs(b - t.Afw))))
            .ToList();
        return new ClassReproduction(records.Count, records.Count - wrong.Count, wrong);
    }

    /// <summary>
    /// Out of year and out of province: compares the leave-one-province-out predictions of a calibration (so an area's
    /// own 2024 scores never informed it) with an official release of another year.
    /// </summary>
    public static OutOfYearCheck OutOfYear(IReadOnlyList<OfficialScoreRow> otherOfficial, ModelRelease release, Estimation.CrossValidatedPredictions cv, string otherRelease, int year)
    {
        var heldOut = Enumerable.Range(0, cv.Codes.Length)
            .Select(i => Scorer.Make(release, cv.Codes[i], "", null, release.Data.Year, Enumerable.Range(0, 5).Select(t => cv.Predicted[t][i]).ToArray(), 1, true))
            .ToList();
        return OutOfYear(otherOfficial, heldOut, otherRelease, year);
    }

    /// <summary>
    /// Compares buurt scores with an official release of another year (its buurt scores of that year) on identical codes (the Utrecht LBM 2020
    /// buurten use 2022 codes; unchanged codes are the same buurt). lbm is compared where afw is absent.
    /// </summary>
    public static OutOfYearCheck OutOfYear(IReadOnlyList<OfficialScoreRow> otherOfficial, IReadOnlyList<AreaScore> ours, string release, int year)
    {
        var official = otherOfficial.Where(o => o.Lbm is not null || o.Afw is not null).ToDictionary(o => o.Code);
        var pairs = ours.Where(s => official.ContainsKey(s.Code)).Select(s => (Ours: s, Official: official[s.Code])).ToList();
        var result = new SortedDictionary<string, double>(StringComparer.Ordinal);
        void Add(string part, Func<AreaScore, double> mine, Func<OfficialScoreRow, double?> theirs)
        {
            var both = pairs.Where(p => theirs(p.Official) is not null).ToList();
            if (both.Count >= 10) result[part] = Math.Round(Metrics.Spearman(both.Select(p => mine(p.Ours)).ToList(), both.Select(p => theirs(p.Official)!.Value).ToList()), 4);
        }
        Add("afw", s => s.Afw, o => o.Afw ?? o.Lbm);
        Add("fys", s => s.Fys, o => o.Fys);
        Add("vrz", s => s.Vrz, o => o.Vrz);
        Add("soc", s => s.Soc, o => o.Soc);
        Add("onv", s => s.Onv, o => o.Onv);
        return new OutOfYearCheck(release, year, pairs.Count, result);
    }
}

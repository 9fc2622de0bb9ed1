namespace Leefbaar.Analysis.Sets;

/// <summary>One scored buurt as set statistics need it: its gemeente, inhabitants, afw, the five dimensions and class.</summary>
public sealed record SetBuurt(string Code, string? Gemeente, double Inhabitants, double Afw, double Won, double Fys, double Vrz, double Soc, double Onv, int Class);

/// <summary>
/// A group of buurten summarised: counts, inhabitant-weighted means of afw and the dimensions, residents per class
/// 1–9 and the share of residents in a buurt of class 1–4 ("zwak" or worse).
/// </summary>
public sealed record SetGroupSummary(string Group, int Buurten, double Inhabitants, double Afw, double Won, double Fys, double Vrz, double Soc, double Onv,
    IReadOnlyList<double> ResidentsPerClass, double ShareWeak);

/// <summary>A set's statistics: the set, its ring of neighbouring buurten (waterbed check), the rest of its gemeenten and Nederland.</summary>
public sealed record AreaSetSummary(SetGroupSummary Set, SetGroupSummary Ring, SetGroupSummary RestOfGemeenten, SetGroupSummary Nederland,
    IReadOnlyList<string> MissingScores);

/// <summary>Summarises an area set against its surroundings from buurt scores alone; never sees the store.</summary>
public static class AreaSetStatistics
{
    /// <summary>
    /// The summary of the <paramref name="members"/> among <paramref name="scores"/>, with <paramref name="ring"/> the
    /// buurten touching the set (excluding it). The rest of its gemeenten are the other buurten of the gemeenten that
    /// have a member; Nederland is every scored buurt.
    /// </summary>
    public static AreaSetSummary Summarise(IReadOnlyList<SetBuurt> scores, IReadOnlyCollection<string> members, IReadOnlyCollection<string> ring)
    {
        var inSet = members.ToHashSet(StringComparer.Ordinal);
        var inRing = ring.Where(c => !inSet.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var set = scores.Where(s => inSet.Contains(s.Code)).ToList();
        var gemeenten = set.Select(s => s.Gemeente).Where(g => g is not null).ToHashSet();
        var scored = scores.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        return new AreaSetSummary(
            Summarise("set", set),
            Summarise("ring", scores.Where(s => inRing.Contains(s.Code)).ToList()),
            Summarise("rest_of_gemeenten", scores.Where(s => !inSet.Contains(s.Code) && gemeenten.Contains(s.Gemeente)).ToList()),
            Summarise("nederland", scores),
            inSet.Where(c => !scored.Contains(c)).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>One group's summary (NaN means for a group without inhabitants).</summary>
    public static SetGroupSummary Summarise(string group, IReadOnlyList<SetBuurt> buurten)
    {
        var weight = buurten.Sum(b => Math.Max(b.Inhabitants, 0));
        double Mean(Func<SetBuurt, double> f) => weight > 0 ? buurten.Sum(b => Math.Max(b.Inhabitants, 0) * f(b)) / weight : double.NaN;
        var perClass = new double[9];
        foreach (var b in buurten)
            if (b.Class is >= 1 and <= 9) perClass[b.Class - 1] += Math.Max(b.Inhabitants, 0);
        var weak = weight > 0 ? perClass.Take(4).Sum() / weight : double.NaN;
        return new SetGroupSummary(group, buurten.Count, weight, Mean(b => b.Afw), Mean(b => b.Won), Mean(b => b.Fys), Mean(b => b.Vrz),
            Mean(b => b.Soc), Mean(b => b.Onv), perClass, weak);
    }
}

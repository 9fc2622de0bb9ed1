namespace Leefbaar.Analysis.Distribution;

/// <summary>
/// The residents of one group (e.g. "group = G4") per class 1–9 in one measurement year of one release, with the
/// population-weighted shares and the residents in "onvoldoende" or worse (classes 1–3).
/// </summary>
public sealed record ClassDistribution(string Grouping, string Group, int Areas, double Residents, double[] ResidentsPerClass)
{
    /// <summary>The share of residents per class (0 when the group has no residents).</summary>
    public double[] Shares => ResidentsPerClass.Select(r => Residents > 0 ? r / Residents : 0).ToArray();

    /// <summary>Residents in classes 1–3 ("onvoldoende" or worse).</summary>
    public double ResidentsWeak => ResidentsPerClass.Take(DistributionAnalysis.WeakMaxClass).Sum();

    /// <summary>Share of residents in classes 1–3.</summary>
    public double ShareWeak => Residents > 0 ? ResidentsWeak / Residents : 0;
}

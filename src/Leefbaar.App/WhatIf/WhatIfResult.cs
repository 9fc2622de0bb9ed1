using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.WhatIf;

/// <summary>One input of the release whose value the what-if moved (asked for, or following from one that was).</summary>
/// <param name="SeenMin">Smallest value among the buurten the release was fitted on.</param>
/// <param name="SeenMax">Largest value among them; outside [SeenMin, SeenMax] the answer is an extrapolation.</param>
public sealed record IndicatorShift(string Indicator, double Before, double After, bool Requested, double SeenMin, double SeenMax)
{
    /// <summary>True when the new value lies outside the range the release was fitted on.</summary>
    public bool Extrapolated => !double.IsNaN(After) && (After < SeenMin || After > SeenMax);
}

/// <summary>How one indicator's contribution moved, per dimension (after − before).</summary>
public sealed record ContributionShift(string Indicator, IReadOnlyDictionary<string, double> Delta)
{
    /// <summary>The change of its contribution to afw.</summary>
    public double Total => Delta.Values.Sum();
}

/// <summary>
/// A what-if answer for one buurt: its score before and after, the inputs that moved and the contributions that
/// changed (they add up exactly to the change of every dimension), and what the model could not follow. An
/// association in the model, never a causal prediction.
/// </summary>
public sealed record WhatIfResult(
    ModelRelease Release, AreaScore Before, AreaScore After, IReadOnlyList<WhatIfChange> Changes,
    IReadOnlyList<IndicatorShift> Inputs, IReadOnlyList<ContributionShift> Contributions, IReadOnlyList<string> Notes, bool Demo);

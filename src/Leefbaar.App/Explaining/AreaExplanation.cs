using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.Explaining;

/// <summary>
/// Why one buurt scores as it does under one release: its score, its gemeente's and Nederland's, the official score
/// where one exists, and every indicator's contribution per dimension (base + contributions = score).
/// </summary>
public sealed record AreaExplanation(
    ModelRelease Release, AreaScore Area, AreaScore? Gemeente, AreaScore? Nederland, OfficialScoreRow? Official,
    IReadOnlyList<Contribution> Contributions, bool Demo, ExplanationSource Source);

/// <summary>Where an explanation came from.</summary>
public enum ExplanationSource
{
    /// <summary>Read back from the scores and values `fit` published for the release (fast).</summary>
    Stored,
    /// <summary>Recomputed from the national feature table (a release that was never published to this store).</summary>
    Computed,
}

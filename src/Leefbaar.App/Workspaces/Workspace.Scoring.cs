using Leefbaar.Core.Areas;
using Leefbaar.App.CustomAreas;
using Leefbaar.App.Explaining;
using Leefbaar.App.Scoring;
using Leefbaar.App.WhatIf;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.Workspaces;

// Scores, explanations, what-if and drawn areas.
public sealed partial class Workspace
{
    /// <summary>
    /// Every area of <paramref name="level"/> scored with <paramref name="release"/>: a published release is read back,
    /// an unpublished one (a file, or the cell level that fit does not store) is scored by the model's one scorer.
    /// </summary>
    public List<AreaScore> ScoreLevel(ModelRelease release, IndicatorCatalogue catalogue, string level) =>
        (level == LevelName.Cell ? null : StoredLevelScores.Read(Store, release, level)) ?? LevelScoring.Score(Store, release, catalogue, level);

    /// <summary>Why a buurt scores as it does, indicator by indicator.</summary>
    public AreaExplanation Explain(string code, int year, string? releaseIdOrFile, IndicatorCatalogue catalogue) =>
        AreaExplainer.Explain(Store, code, year, releaseIdOrFile, catalogue);

    /// <summary>A buurt rescored with changed inputs.</summary>
    public WhatIfResult WhatIf(string code, IReadOnlyList<WhatIfChange> changes, string? releaseIdOrFile, IndicatorCatalogue catalogue) =>
        WhatIfAnalysis.Run(Store, code, changes, releaseIdOrFile, catalogue);

    /// <summary>A scorer of drawn areas from the buurt scores and boundaries of <paramref name="release"/>.</summary>
    public CustomAreaScorer CustomAreaScorer(ModelRelease release) => CustomAreas.CustomAreaScorer.FromStore(Store, release);
}

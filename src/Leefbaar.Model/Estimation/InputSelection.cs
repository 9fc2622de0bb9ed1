using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// Picks the catalogue indicators a release may use from what a feature table holds: environment inputs only for
/// the default variant; the nowcast variant adds WOZ and income; the user variant adds a gemeente's own indicators
/// (role User). Prohibited indicators never pass.
/// </summary>
public static class InputSelection
{
    /// <summary>Outcomes a nowcast release may use as inputs.</summary>
    public static readonly string[] NowcastOutcomes = ["woz_mean", "income_per_inhabitant"];

    /// <summary>The terms for a variant, built over all rows of the table.</summary>
    public static List<(IndicatorDefinition Definition, TermSpec Spec)> Terms(FeatureTable table, IndicatorCatalogue catalogue, string variant, int knots)
    {
        var list = new List<(IndicatorDefinition, TermSpec)>();
        foreach (var def in catalogue.All)
        {
            var allowed = def.Role == IndicatorRole.Input || (variant == "nowcast" && NowcastOutcomes.Contains(def.Code)) ||
                          (variant == Releases.ReleaseChecks.UserVariant && def.Role == IndicatorRole.User);
            if (!allowed || def.Role == IndicatorRole.Prohibited) continue;
            var column = table.Column(def.Code);
            if (column is null) continue;
            var spec = TermSpecBuilder.Build(def.Code, def.Transform, column, knots);
            if (spec is not null) list.Add((def, spec));
        }
        return list;
    }
}

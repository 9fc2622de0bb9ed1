using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The gedragsmodel: a hedonic regression of log(mean WOZ value) per area on the environment inputs of the default
/// variant, with dwelling-type controls. Buyers pay for a better environment, so the environment terms measure how
/// much it is valued; the controls (house type, tenure, household size) absorb price differences that come from
/// the dwellings rather than their surroundings and are reported apart, never as livability weights. WOZ is only
/// the target here: it never enters as an input.
/// </summary>
public sealed class HedonicWozEstimator(IndicatorCatalogue catalogue, AdditiveFitOptions? options = null, string groupLevel = LevelName.Provincie,
    IReadOnlyCollection<string>? controls = null) : IEstimator
{
    /// <summary>The target indicator: mean WOZ value in thousand euro (CBS 85984NED).</summary>
    public const string TargetIndicator = "woz_mean";

    /// <summary>Default controls: share of single-family homes, owner-occupied share, household size.</summary>
    public static readonly string[] DefaultControls = ["single_family_pct", "owner_occupied_pct", "household_size"];

    private readonly IReadOnlyCollection<string> _controls = controls ?? DefaultControls;
    private readonly AdditiveFitOptions _options = options ?? new AdditiveFitOptions();

    /// <inheritdoc/>
    public string Name => "hedonic-woz";

    /// <inheritdoc/>
    public EstimatedWeights Estimate(FeatureTable table)
    {
        var woz = table.Column(TargetIndicator) ?? throw new UnusableDataException($"{Name}: the feature table has no '{TargetIndicator}' column to fit.");
        var terms = InputSelection.Terms(table, catalogue, "default", _options.Knots)
            .Where(t => t.Spec.Indicator != TargetIndicator).ToList();
        foreach (var code in _controls)
        {
            if (terms.Any(t => t.Spec.Indicator == code)) continue;
            var def = catalogue.Find(code) ?? throw new UnusableDataException($"{Name}: control '{code}' is not in the catalogue.");
            if (def.Role == IndicatorRole.Prohibited) throw new UnusableDataException($"{Name}: '{code}' is prohibited and cannot be a control.");
            if (table.Column(code) is { } column && TermSpecBuilder.Build(code, def.Transform, column, _options.Knots) is { } spec) terms.Add((def, spec));
        }

        var rows = new List<int>();
        var groups = new List<string>();
        for (var i = 0; i < table.Count; i++)
        {
            if (!(woz[i] > 0) || !double.IsFinite(woz[i]) || EstimationGroups.Of(table, i, groupLevel) is not { } g) continue;
            rows.Add(i);
            groups.Add(g);
        }
        if (rows.Count < 30) throw new UnusableDataException($"{Name}: only {rows.Count} areas have a WOZ value and a {groupLevel}.");
        EstimationGroups.RequireTwo(groups, groupLevel, Name);
        var y = rows.Select(i => Math.Log(woz[i])).ToArray();
        return SingleTargetFitter.Fit(Name, $"log({TargetIndicator})", table, terms, _controls.ToHashSet(StringComparer.Ordinal),
            rows, y, null, groups.ToArray(), _options);
    }
}

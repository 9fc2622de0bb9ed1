using System.Text.Json.Serialization;

namespace Leefbaar.Model.Catalogue;

/// <summary>
/// One indicator as the model knows it: names in Dutch and English, unit, source table, the dimension it informs,
/// its expected direction (+1 better when higher, −1 worse, 0 unknown), the transform applied before fitting, and
/// its role. Derived indicators carry a formula over other indicators (see <see cref="DerivedIndicators"/>).
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>Stable code, e.g. "dist_supermarket_km".</summary>
    [JsonPropertyName("code")] public required string Code { get; init; }
    /// <summary>Dutch name.</summary>
    [JsonPropertyName("nl")] public required string NameNl { get; init; }
    /// <summary>English name.</summary>
    [JsonPropertyName("en")] public required string NameEn { get; init; }
    /// <summary>Unit, e.g. "km", "%", "per 1000 inwoners".</summary>
    [JsonPropertyName("unit")] public string Unit { get; init; } = "";
    /// <summary>Source table or dataset, e.g. "85984NED".</summary>
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    /// <summary>Dimension hint: won, fys, vrz, soc or onv.</summary>
    [JsonPropertyName("dimension")] public string? Dimension { get; init; }
    /// <summary>Expected direction of its effect on livability.</summary>
    [JsonPropertyName("direction")] public int Direction { get; init; }
    /// <summary>Transform before the spline basis: none, log1p, logit-pct.</summary>
    [JsonPropertyName("transform")] public string Transform { get; init; } = "none";
    /// <summary>Role; only <see cref="IndicatorRole.Input"/> enters a default release.</summary>
    [JsonPropertyName("role")] [JsonConverter(typeof(JsonStringEnumConverter<IndicatorRole>))] public IndicatorRole Role { get; init; } = IndicatorRole.Input;
    /// <summary>For derived indicators: how it is computed (see DerivedIndicators).</summary>
    [JsonPropertyName("derived")] public string? Derived { get; init; }
    /// <summary>Short note for the model card.</summary>
    [JsonPropertyName("note")] public string? Note { get; init; }
}

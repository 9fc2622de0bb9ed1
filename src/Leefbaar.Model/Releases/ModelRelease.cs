using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Leefbaar.Model.Releases;

/// <summary>
/// A published, versioned Leefbaar model: the data it was fitted on, every term with its coefficients, the
/// constant C (lbm = C + afw), class boundaries, the dimension-class unit and its measured accuracy. Frozen:
/// its lists and tables are copied into read-only collections when set, so no two releases share an array and
/// scoring cannot change one. Serialised by <see cref="ReleaseJson"/> deterministically.
/// </summary>
public sealed record ModelRelease
{
    /// <summary>Format version of this JSON.</summary>
    [JsonPropertyName("schema")] public int Schema { get; init; } = 1;
    /// <summary>Release id; carried by every score it produces. Derived from the content hash.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>The official release it is calibrated to, e.g. "lbm3-2024".</summary>
    [JsonPropertyName("target")] public required string Target { get; init; }
    /// <summary>"default" (environment inputs only) or "nowcast" (also WOZ and income).</summary>
    [JsonPropertyName("variant")] public required string Variant { get; init; }
    /// <summary>Estimator(s) that produced the weights.</summary>
    [JsonPropertyName("estimator")] public required string Estimator { get; init; }
    /// <summary>Level, division, year and datasets used.</summary>
    [JsonPropertyName("data")] public required ReleaseData Data { get; init; }
    /// <summary>C in lbm = C + afw, taken from the target release.</summary>
    [JsonPropertyName("constant")] public required double Constant { get; init; }
    /// <summary>Eight ascending afw boundaries of the nine classes.</summary>
    [JsonPropertyName("classBoundaries")] public required ImmutableArray<double> ClassBoundaries { get; init; }
    /// <summary>σ of the symmetric dimension-class scheme (±0.5, 1, 2, 3 σ).</summary>
    [JsonPropertyName("dimensionClassUnit")] public required double DimensionClassUnit { get; init; }
    /// <summary>Areas with fewer inhabitants than this are flagged unreliable.</summary>
    [JsonPropertyName("reliabilityMinPopulation")] public required double ReliabilityMinPopulation { get; init; }
    /// <summary>Per dimension: the score of an area at every reference value.</summary>
    [JsonPropertyName("dimensionBase")] public required IReadOnlyDictionary<string, double> DimensionBase { get => _dimensionBase; init => _dimensionBase = Frozen.Table(value); }
    /// <summary>Penalty chosen per dimension.</summary>
    [JsonPropertyName("lambda")] public required IReadOnlyDictionary<string, double> Lambda { get => _lambda; init => _lambda = Frozen.Table(value); }
    /// <summary>The terms, in catalogue order.</summary>
    [JsonPropertyName("terms")] public required IReadOnlyList<ReleaseTerm> Terms { get => _terms; init => _terms = Frozen.List(value); }
    /// <summary>Cross-validated prediction interval of afw: residual quantiles (5 % and 95 %).</summary>
    [JsonPropertyName("afwResidualQuantiles")] public required ImmutableArray<double> AfwResidualQuantiles { get; init; }
    /// <summary>
    /// Cross-validated residuals by predicted level, for per-area intervals, class ranges and P(class ≤ 4); absent in
    /// releases published before they existed (those keep the one global interval).
    /// </summary>
    [JsonPropertyName("afwResidualBins")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ResidualBin>? AfwResidualBins { get => _bins; init => _bins = value is null ? null : Frozen.List(value); }
    /// <summary>Validation metrics (leave-one-province-out).</summary>
    [JsonPropertyName("metrics")] public required SortedDictionary<string, SortedDictionary<string, double>> Metrics { get; init; }
    /// <summary>Calibration of P(class ≤ 4), leave-one-province-out (Brier, AUC, base rate, per bin n / mean P / observed); absent in older releases.</summary>
    [JsonPropertyName("pWeakCalibration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SortedDictionary<string, double>? PWeakCalibration { get; init; }
    /// <summary>Indicators deliberately left out and why.</summary>
    [JsonPropertyName("exclusions")] public required IReadOnlyList<string> Exclusions { get => _exclusions; init => _exclusions = Frozen.List(value); }

    private readonly IReadOnlyDictionary<string, double> _dimensionBase = Frozen.Table<double>([]), _lambda = Frozen.Table<double>([]);
    private readonly IReadOnlyList<ReleaseTerm> _terms = [];
    private readonly IReadOnlyList<string> _exclusions = [];
    private readonly IReadOnlyList<ResidualBin>? _bins;
}

/// <summary>What a release was fitted on.</summary>
public sealed record ReleaseData
{
    /// <summary>Area level of the fitting rows.</summary>
    [JsonPropertyName("level")] public required string Level { get; init; }
    /// <summary>CBS division year.</summary>
    [JsonPropertyName("division")] public required int Division { get; init; }
    /// <summary>Reference year of the inputs.</summary>
    [JsonPropertyName("year")] public required int Year { get; init; }
    /// <summary>Areas with official scores used to fit.</summary>
    [JsonPropertyName("fittedAreas")] public required int FittedAreas { get; init; }
    /// <summary>Validation groups of the fit: provinces, or gemeenten when the data holds fewer than three provinces.</summary>
    [JsonPropertyName("provinces")] public required IReadOnlyList<string> Provinces { get => _provinces; init => _provinces = Frozen.List(value); }
    /// <summary>Store datasets (id and content hash) the inputs came from.</summary>
    [JsonPropertyName("datasets")] public required IReadOnlyDictionary<string, string> Datasets { get => _datasets; init => _datasets = Frozen.Table(value); }

    private readonly IReadOnlyList<string> _provinces = [];
    private readonly IReadOnlyDictionary<string, string> _datasets = Frozen.Table<string>([]);
}

/// <summary>Copies into read-only collections (ordinal key order, so the JSON stays byte-identical).</summary>
internal static class Frozen
{
    /// <summary>A read-only copy of a list.</summary>
    public static IReadOnlyList<T> List<T>(IEnumerable<T> items) => items.ToArray().AsReadOnly();

    /// <summary>A sorted read-only copy of a table.</summary>
    public static IReadOnlyDictionary<string, T> Table<T>(IEnumerable<KeyValuePair<string, T>> items) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, items);
}

using System.Text.Json.Serialization;

namespace Leefbaar.Model.Releases;

/// <summary>
/// A published, versioned Leefbaar model: the data it was fitted on, every term with its coefficients, the
/// constant C (lbm = C + afw), class boundaries, the dimension-class unit and its measured accuracy. Frozen:
/// scoring reads it and never changes it. Serialised by <see cref="ReleaseJson"/> deterministically.
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
    [JsonPropertyName("classBoundaries")] public required double[] ClassBoundaries { get; init; }
    /// <summary>σ of the symmetric dimension-class scheme (±0.5, 1, 2, 3 σ).</summary>
    [JsonPropertyName("dimensionClassUnit")] public required double DimensionClassUnit { get; init; }
    /// <summary>Areas with fewer inhabitants than this are flagged unreliable.</summary>
    [JsonPropertyName("reliabilityMinPopulation")] public required double ReliabilityMinPopulation { get; init; }
    /// <summary>Per dimension: the score of an area at every reference value.</summary>
    [JsonPropertyName("dimensionBase")] public required SortedDictionary<string, double> DimensionBase { get; init; }
    /// <summary>Penalty chosen per dimension.</summary>
    [JsonPropertyName("lambda")] public required SortedDictionary<string, double> Lambda { get; init; }
    /// <summary>The terms, in catalogue order.</summary>
    [JsonPropertyName("terms")] public required List<ReleaseTerm> Terms { get; init; }
    /// <summary>Cross-validated prediction interval of afw: residual quantiles (5 % and 95 %).</summary>
    [JsonPropertyName("afwResidualQuantiles")] public required double[] AfwResidualQuantiles { get; init; }
    /// <summary>Validation metrics (leave-one-province-out).</summary>
    [JsonPropertyName("metrics")] public required SortedDictionary<string, SortedDictionary<string, double>> Metrics { get; init; }
    /// <summary>Indicators deliberately left out and why.</summary>
    [JsonPropertyName("exclusions")] public required List<string> Exclusions { get; init; }
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
    [JsonPropertyName("provinces")] public required List<string> Provinces { get; init; }
    /// <summary>Store datasets (id and content hash) the inputs came from.</summary>
    [JsonPropertyName("datasets")] public required SortedDictionary<string, string> Datasets { get; init; }
}

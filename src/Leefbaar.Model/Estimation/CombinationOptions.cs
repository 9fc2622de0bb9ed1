using Leefbaar.Core.Areas;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Estimation;

/// <summary>What a combined release is scaled to: the official release it sits beside, the spread and the mean per dimension.</summary>
public sealed record CombinationOptions
{
    /// <summary>Constant, class boundaries and dimension-class unit are copied from this release.</summary>
    public required TargetRelease Target { get; init; }
    /// <summary>Standard deviation over the areas that the combined afw must have (e.g. the official afw's).</summary>
    public required double Spread { get; init; }
    /// <summary>Mean per dimension over the areas (e.g. the official dimension means); absent dimensions get 0.</summary>
    public SortedDictionary<string, double> DimensionMeans { get; init; } = new(StringComparer.Ordinal);
    /// <summary>Datasets recorded in the release.</summary>
    public SortedDictionary<string, string> Datasets { get; init; } = new(StringComparer.Ordinal);
    /// <summary>Level of the areas the spread is measured on.</summary>
    public string Level { get; init; } = LevelName.Buurt;
    /// <summary>"default", or "user" when a part uses a gemeente's own indicators (never the default release).</summary>
    public string Variant { get; init; } = "default";
    /// <summary>Areas with fewer inhabitants are flagged unreliable.</summary>
    public double ReliabilityMinPopulation { get; init; } = 100;
}

namespace Leefbaar.Model.Features;

/// <summary>
/// Areas × indicators as contiguous columns (NaN = missing), plus what fitting, scoring and aggregation need about
/// each area: parents, weight (inhabitants) and centroid in RD New. Built once, then read-only.
/// </summary>
public sealed class FeatureTable
{
    /// <summary>Area codes, row order.</summary>
    public required string[] Codes { get; init; }
    /// <summary>Area names.</summary>
    public required string[] Names { get; init; }
    /// <summary>Gemeente code per row (null when unknown).</summary>
    public required string?[] Gemeente { get; init; }
    /// <summary>Wijk code per row (null when unknown).</summary>
    public required string?[] Wijk { get; init; }
    /// <summary>Provincie code per row (null when unknown).</summary>
    public required string?[] Provincie { get; init; }
    /// <summary>Centroid x (RD New m), NaN when the area has no geometry.</summary>
    public required double[] X { get; init; }
    /// <summary>Centroid y (RD New m).</summary>
    public required double[] Y { get; init; }
    /// <summary>Indicator columns by code.</summary>
    public required Dictionary<string, double[]> Columns { get; init; }
    /// <summary>Division year of the codes.</summary>
    public required int Division { get; init; }
    /// <summary>Reference year of the values.</summary>
    public required int Year { get; init; }

    /// <summary>Number of areas.</summary>
    public int Count => Codes.Length;

    /// <summary>A column, or null when the indicator is absent.</summary>
    public double[]? Column(string code) => Columns.GetValueOrDefault(code);

    /// <summary>Row index by code.</summary>
    public Dictionary<string, int> IndexByCode() => Codes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i);

    /// <summary>Inhabitants per row, 0 when unknown: the default aggregation weight.</summary>
    public double[] Population => Column("population") is { } p ? p.Select(v => double.IsNaN(v) ? 0 : v).ToArray() : new double[Count];
}

namespace Leefbaar.Geo.Points;

/// <summary>Cells × indicators as named float columns in the cell order of a <see cref="CellGrid"/> (NaN = not defined).</summary>
public sealed class IndicatorTable
{
    /// <summary>Column names, in order.</summary>
    public List<string> Names { get; } = [];
    /// <summary>Columns, parallel to <see cref="Names"/>.</summary>
    public List<float[]> Columns { get; } = [];

    /// <summary>Adds a column.</summary>
    public void Add(string name, float[] column) { Names.Add(name); Columns.Add(column); }

    /// <summary>A column by name.</summary>
    public float[] this[string name] => Columns[Names.IndexOf(name) is var i and >= 0 ? i : throw new KeyNotFoundException(name)];
}

namespace Leefbaar.Analysis.Reporting;

/// <summary>A named table of results (cells are strings, numbers or null), rendered as CSV, JSON or a console table.</summary>
public sealed record ResultTable(string Name, IReadOnlyList<string> Columns, List<object?[]> Rows)
{
    /// <summary>Adds a row (one cell per column).</summary>
    public ResultTable Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count) throw new ArgumentException($"Table {Name} has {Columns.Count} columns, got {cells.Length} cells.");
        Rows.Add(cells);
        return this;
    }

    /// <summary>A new empty table.</summary>
    public static ResultTable Of(string name, params string[] columns) => new(name, columns, []);
}

namespace Leefbaar.Geo.Points;

/// <summary>
/// Points binned into square cells (100 m by default, the CBS grid) over a fixed extent: the populated cells in
/// key order with their point count and weight sum, and the cell of every point. Optionally also a point index by
/// cell (counting sort) that polygon assignment queries. Built in a few parallel passes over flat arrays.
/// </summary>
public sealed class CellGrid
{
    /// <summary>Lower-left corner and cell side of the extent (RD New metres).</summary>
    public required double OriginX { get; init; }
    /// <summary>Lower edge of the extent.</summary>
    public required double OriginY { get; init; }
    /// <summary>Cell side in metres.</summary>
    public required double Size { get; init; }
    /// <summary>Columns of the extent.</summary>
    public required int Cols { get; init; }
    /// <summary>Rows of the extent.</summary>
    public required int Rows { get; init; }
    /// <summary>Key (col × Rows + row) of every populated cell, ascending.</summary>
    public required int[] Keys { get; init; }
    /// <summary>Points per populated cell.</summary>
    public required int[] Counts { get; init; }
    /// <summary>Weight sum per populated cell (inhabitants when the weights are persons per dwelling).</summary>
    public required double[] Weights { get; init; }
    /// <summary>Populated-cell index of every point.</summary>
    public required int[] CellOfPoint { get; init; }
    /// <summary>Dense map key → populated-cell index, −1 when empty (materialised on first use; the kernels use the bitmap rank).</summary>
    public int[] IndexOfKey { get => _indexOfKey ??= Rank.DenseIndex(Cols * Rows); init => _indexOfKey = value; }
    private int[]? _indexOfKey;

    /// <summary>Occupancy bitmap with rank: key → populated-cell index without the dense map.</summary>
    internal CellRank Rank => _rank ??= CellRank.FromKeys(Keys, Cols * Rows);
    private CellRank? _rank;

    /// <summary>The populated cells in Morton order (computed once per grid, shared by the tile kernels).</summary>
    internal CellOrder Order => _order ??= CellOrder.Of(this);
    private CellOrder? _order;

    /// <summary>Number of populated cells.</summary>
    public int CellCount => Keys.Length;

    /// <summary>Column of a key.</summary>
    public int ColOf(int key) => key / Rows;
    /// <summary>Row of a key.</summary>
    public int RowOf(int key) => key % Rows;
    /// <summary>Centre x of populated cell <paramref name="cell"/>.</summary>
    public double CentreX(int cell) => OriginX + (ColOf(Keys[cell]) + 0.5) * Size;
    /// <summary>Centre y of populated cell <paramref name="cell"/>.</summary>
    public double CentreY(int cell) => OriginY + (RowOf(Keys[cell]) + 0.5) * Size;

    /// <summary>A grid extent aligned to multiples of <paramref name="size"/> that covers all points.</summary>
    public static (double X, double Y, int Cols, int Rows) Extent(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double size)
    {
        if (x.IsEmpty) return (0, 0, 1, 1);
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] < minX) minX = x[i]; if (x[i] > maxX) maxX = x[i];
            if (y[i] < minY) minY = y[i]; if (y[i] > maxY) maxY = y[i];
        }
        var ox = Math.Floor(minX / size) * size; var oy = Math.Floor(minY / size) * size;
        return (ox, oy, (int)Math.Floor((maxX - ox) / size) + 1, (int)Math.Floor((maxY - oy) / size) + 1);
    }

    /// <summary>Bins the points (weights optional: empty = no weight sums) into <paramref name="size"/>-metre cells.</summary>
    public static CellGrid Build(double[] x, double[] y, float[]? weights, double size = 100)
    {
        var n = x.Length;
        if (y.Length != n || (weights is not null && weights.Length != n)) throw new ArgumentException("x, y and weights differ in length.");
        var (ox, oy, cols, rows) = CellBinning.Extent(x, y, size);
        if ((long)cols * rows > int.MaxValue / 2) throw new ArgumentException($"Extent of {cols}×{rows} cells is too large.");
        var keyOf = GC.AllocateUninitializedArray<int>(n);
        var rank = CellBinning.MarkKeys(x, y, ox, oy, 1.0 / size, rows, cols * rows, keyOf);
        var (counts, sums) = CellBinning.CountCells(keyOf, weights, rank);
        return new CellGrid
        {
            OriginX = ox, OriginY = oy, Size = size, Cols = cols, Rows = rows, Keys = rank.Keys(), Counts = counts, Weights = sums,
            CellOfPoint = keyOf, _rank = rank,
        };
    }

    /// <summary>Points grouped by cell (counting sort): the points of cell c are Order[Start[c]..Start[c+1]).</summary>
    public (int[] Start, int[] Order) PointIndex()
    {
        var start = new int[CellCount + 1];
        for (var c = 0; c < CellCount; c++) start[c + 1] = start[c] + Counts[c];
        var next = (int[])start.Clone();
        var order = new int[CellOfPoint.Length];
        for (var i = 0; i < CellOfPoint.Length; i++) order[next[CellOfPoint[i]]++] = i;
        return (start, order);
    }
}

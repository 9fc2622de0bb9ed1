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
    /// <summary>Dense map key → populated-cell index, −1 when empty.</summary>
    public required int[] IndexOfKey { get; init; }

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
        var (ox, oy, cols, rows) = Extent(x, y, size);
        if ((long)cols * rows > int.MaxValue / 2) throw new ArgumentException($"Extent of {cols}×{rows} cells is too large.");
        var keyOf = new int[n];
        var present = new byte[cols * rows];
        var inv = 1.0 / size;
        Parallel.For(0, Chunks(n), c =>
        {
            var (lo, hi) = Chunk(c, n);
            for (var i = lo; i < hi; i++)
            {
                var key = (int)((x[i] - ox) * inv) * rows + (int)((y[i] - oy) * inv);
                keyOf[i] = key;
                present[key] = 1;
            }
        });
        var indexOfKey = new int[present.Length];
        var count = 0;
        for (var k = 0; k < present.Length; k++) indexOfKey[k] = present[k] != 0 ? count++ : -1;
        var keys = new int[count];
        for (var k = 0; k < present.Length; k++) if (present[k] != 0) keys[indexOfKey[k]] = k;

        var counts = new int[count];
        var sums = new double[weights is null ? 0 : count];
        var gate = new object();
        Parallel.For(0, Chunks(n), () => (new int[count], weights is null ? [] : new double[count]), (c, _, local) =>
        {
            var (lo, hi) = Chunk(c, n);
            for (var i = lo; i < hi; i++)
            {
                var cell = indexOfKey[keyOf[i]];
                keyOf[i] = cell;
                local.Item1[cell]++;
                if (weights is not null) local.Item2[cell] += weights[i];
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var k = 0; k < count; k++) counts[k] += local.Item1[k];
                for (var k = 0; k < sums.Length; k++) sums[k] += local.Item2[k];
            }
        });
        return new CellGrid
        {
            OriginX = ox, OriginY = oy, Size = size, Cols = cols, Rows = rows, Keys = keys, Counts = counts, Weights = sums,
            CellOfPoint = keyOf, IndexOfKey = indexOfKey,
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

    private const int ChunkSize = 1 << 16;
    private static int Chunks(int n) => (n + ChunkSize - 1) / ChunkSize;
    private static (int, int) Chunk(int c, int n) => (c * ChunkSize, Math.Min(n, (c + 1) * ChunkSize));
}

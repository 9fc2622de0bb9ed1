namespace Leefbaar.Geo.Points;

/// <summary>
/// The populated cells in Morton (Z) order of (column, row), so every aligned 2^k × 2^k block of the grid is one
/// contiguous run: the tile kernels walk blocks and split them into quadrants without searching. LSD radix sort.
/// </summary>
internal sealed class CellOrder
{
    /// <summary>Cell indices in Morton order.</summary>
    public required int[] Cells { get; init; }
    /// <summary>Morton code of each entry of <see cref="Cells"/> (ascending).</summary>
    public required ulong[] Codes { get; init; }
    /// <summary>Centre x of each entry (the value of <see cref="CellGrid.CentreX"/>), contiguous for the block loops.</summary>
    public required double[] X { get; init; }
    /// <summary>Centre y of each entry.</summary>
    public required double[] Y { get; init; }

    /// <summary>Sorts the cells of <paramref name="grid"/> by the interleaved bits of column and row.</summary>
    public static CellOrder Of(CellGrid grid)
    {
        var n = grid.CellCount;
        var codes = new ulong[n]; var cells = new int[n];
        for (var c = 0; c < n; c++) { codes[c] = Interleave((uint)grid.ColOf(grid.Keys[c]), (uint)grid.RowOf(grid.Keys[c])); cells[c] = c; }
        var bits = 2 * (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(grid.Cols, grid.Rows)));
        var tmpCodes = new ulong[n]; var tmpCells = new int[n];
        var count = new int[257];
        for (var shift = 0; shift < bits; shift += 8)
        {
            Array.Clear(count);
            for (var i = 0; i < n; i++) count[(int)(codes[i] >> shift & 255) + 1]++;
            for (var d = 0; d < 256; d++) count[d + 1] += count[d];
            for (var i = 0; i < n; i++)
            {
                var at = count[(int)(codes[i] >> shift & 255)]++;
                tmpCodes[at] = codes[i]; tmpCells[at] = cells[i];
            }
            (codes, tmpCodes) = (tmpCodes, codes); (cells, tmpCells) = (tmpCells, cells);
        }
        var x = new double[n]; var y = new double[n];
        for (var i = 0; i < n; i++) { x[i] = grid.CentreX(cells[i]); y[i] = grid.CentreY(cells[i]); }
        return new CellOrder { Cells = cells, Codes = codes, X = x, Y = y };
    }

    /// <summary>Bits of x at even positions, bits of y at odd positions.</summary>
    public static ulong Interleave(uint x, uint y) => Spread(x) | Spread(y) << 1;

    private static ulong Spread(uint v)
    {
        ulong x = v;
        x = (x | x << 16) & 0x0000FFFF0000FFFFUL;
        x = (x | x << 8) & 0x00FF00FF00FF00FFUL;
        x = (x | x << 4) & 0x0F0F0F0F0F0F0F0FUL;
        x = (x | x << 2) & 0x3333333333333333UL;
        x = (x | x << 1) & 0x5555555555555555UL;
        return x;
    }
}

namespace Leefbaar.Geo.Points;

/// <summary>
/// Point-in-polygon assignment driven by the polygons: each polygon visits the grid cells of its bounding box,
/// buckets its edges per cell row, decides cells that no edge touches with one test of the cell centre (all their
/// points at once) and tests only the points of boundary cells, each against the few edges of its row. Result:
/// per point the lowest index of the polygon containing it (even-odd rule), −1 when none. Parallel over polygons.
/// </summary>
public static class PolygonAssigner
{
    /// <summary>Assigns every point of <paramref name="grid"/> (built from <paramref name="x"/>, <paramref name="y"/>) to a polygon.</summary>
    public static int[] Assign(double[] x, double[] y, CellGrid grid, PolygonSet polygons)
    {
        var (start, order) = grid.PointIndex();
        return Assign(x, y, grid, start, order, polygons);
    }

    /// <summary>As <see cref="Assign(double[], double[], CellGrid, PolygonSet)"/> with a prebuilt point index.</summary>
    public static int[] Assign(double[] x, double[] y, CellGrid grid, int[] start, int[] order, PolygonSet polygons)
    {
        var result = new int[x.Length];
        Array.Fill(result, -1);
        Parallel.For(0, polygons.Count, () => new Scratch(), (p, _, s) => { AssignOne(p, x, y, grid, start, order, polygons, result, s); return s; }, _ => { });
        return result;
    }

    /// <summary>Per-thread reusable buffers.</summary>
    private sealed class Scratch
    {
        public int[] RowCount = new int[64];
        public int[] Edges = new int[256];
        public int[] ColMark = new int[64];
        public int Stamp;
    }

    private static void AssignOne(int p, double[] x, double[] y, CellGrid g, int[] start, int[] order, PolygonSet poly, int[] result, Scratch s)
    {
        if (poly.MaxX[p] < poly.MinX[p]) return;
        var inv = 1.0 / g.Size;
        var rank = g.Rank; // bitmap rank: no dense key map of the whole extent
        var c0 = Clamp((int)Math.Floor((poly.MinX[p] - g.OriginX) * inv), g.Cols); var c1 = Clamp((int)Math.Floor((poly.MaxX[p] - g.OriginX) * inv), g.Cols);
        var r0 = Clamp((int)Math.Floor((poly.MinY[p] - g.OriginY) * inv), g.Rows); var r1 = Clamp((int)Math.Floor((poly.MaxY[p] - g.OriginY) * inv), g.Rows);
        if (poly.MaxX[p] < g.OriginX || poly.MaxY[p] < g.OriginY || poly.MinX[p] >= g.OriginX + g.Cols * g.Size || poly.MinY[p] >= g.OriginY + g.Rows * g.Size) return;
        var nRows = r1 - r0 + 1; var nCols = c1 - c0 + 1;

        // Edge buckets per row (CSR): every edge goes to each row its y-range touches.
        if (s.RowCount.Length < nRows + 1) s.RowCount = new int[Math.Max(nRows + 1, s.RowCount.Length * 2)];
        var rowCount = s.RowCount;
        Array.Clear(rowCount, 0, nRows + 1);
        int ringFrom = poly.PolygonRingStart[p], ringTo = poly.PolygonRingStart[p + 1];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var r = ringFrom; r < ringTo; r++)
                for (var i = poly.RingStart[r]; i < poly.RingStart[r + 1] - 1; i++)
                {
                    var lo = Clamp((int)Math.Floor((Math.Min(poly.Y[i], poly.Y[i + 1]) - g.OriginY) * inv), g.Rows) - r0;
                    var hi = Clamp((int)Math.Floor((Math.Max(poly.Y[i], poly.Y[i + 1]) - g.OriginY) * inv), g.Rows) - r0;
                    lo = Math.Max(lo, 0); hi = Math.Min(hi, nRows - 1);
                    for (var row = lo; row <= hi; row++)
                        if (pass == 0) rowCount[row + 1]++;
                        else s.Edges[rowCount[row]++] = i;
                }
            if (pass == 0)
            {
                for (var row = 0; row < nRows; row++) rowCount[row + 1] += rowCount[row];
                if (s.Edges.Length < rowCount[nRows]) s.Edges = new int[Math.Max(rowCount[nRows], s.Edges.Length * 2)];
            }
            else
            {
                // The fill advanced each start to the next row's start; shift back.
                for (var row = nRows; row > 0; row--) rowCount[row] = rowCount[row - 1];
                rowCount[0] = 0;
            }
        }
        if (s.ColMark.Length < nCols) s.ColMark = new int[Math.Max(nCols, s.ColMark.Length * 2)];
        var edges = s.Edges;
        for (var row = 0; row < nRows; row++)
        {
            int eFrom = rowCount[row], eTo = rowCount[row + 1];
            if (eFrom == eTo) continue; // no edge in this band: the whole band is outside (the polygon's rings span every row it covers)
            var stamp = ++s.Stamp;
            for (var e = eFrom; e < eTo; e++)
            {
                var i = edges[e];
                var lo = Math.Max(Clamp((int)Math.Floor((Math.Min(poly.X[i], poly.X[i + 1]) - g.OriginX) * inv), g.Cols) - c0, 0);
                var hi = Math.Min(Clamp((int)Math.Floor((Math.Max(poly.X[i], poly.X[i + 1]) - g.OriginX) * inv), g.Cols) - c0, nCols - 1);
                for (var c = lo; c <= hi; c++) s.ColMark[c] = stamp;
            }
            var gr = r0 + row;
            for (var c = 0; c < nCols; c++)
            {
                var cell = rank.IndexOf((c0 + c) * g.Rows + gr);
                if (cell < 0) continue;
                if (s.ColMark[c] == stamp)
                {
                    for (var k = start[cell]; k < start[cell + 1]; k++)
                    {
                        var pt = order[k];
                        if (Inside(poly, edges, eFrom, eTo, x[pt], y[pt])) Claim(result, pt, p);
                    }
                }
                else if (Inside(poly, edges, eFrom, eTo, g.OriginX + (c0 + c + 0.5) * g.Size, g.OriginY + (gr + 0.5) * g.Size))
                    for (var k = start[cell]; k < start[cell + 1]; k++) Claim(result, order[k], p);
            }
        }
    }

    private static bool Inside(PolygonSet poly, int[] edges, int from, int to, double px, double py)
    {
        var inside = false;
        for (var e = from; e < to; e++) if (poly.Crosses(edges[e], px, py)) inside = !inside;
        return inside;
    }

    /// <summary>Keeps the lowest polygon index when polygons overlap, so the result does not depend on thread timing.</summary>
    private static void Claim(int[] result, int point, int polygon)
    {
        var seen = Volatile.Read(ref result[point]);
        while (seen < 0 || polygon < seen)
        {
            var was = Interlocked.CompareExchange(ref result[point], polygon, seen);
            if (was == seen) return;
            seen = was;
        }
    }

    private static int Clamp(int v, int n) => v < 0 ? 0 : v >= n ? n - 1 : v;
}

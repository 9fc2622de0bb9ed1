using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Leefbaar.Geo.Points;

/// <summary>
/// The passes of <see cref="CellGrid.Build"/>: a parallel SIMD extent, one key pass that marks an occupancy bitmap
/// (atomic OR only when a bit is still clear), and one rank pass that turns keys into cell indices while counting
/// into per-worker arrays. No hash map and no dense key → index map in the hot path.
/// </summary>
internal static class CellBinning
{
    private const int ChunkSize = 1 << 16;
    private static int Chunks(int n) => (n + ChunkSize - 1) / ChunkSize;
    private static (int, int) Chunk(int c, int n) => (c * ChunkSize, Math.Min(n, (c + 1) * ChunkSize));
    private static ParallelOptions Cores => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>As <see cref="CellGrid.Extent"/> (same result), with parallel vectorised min/max.</summary>
    public static (double X, double Y, int Cols, int Rows) Extent(double[] x, double[] y, double size)
    {
        if (x.Length == 0) return (0, 0, 1, 1);
        var n = x.Length;
        var part = new (double MinX, double MaxX, double MinY, double MaxY)[Chunks(n)];
        Parallel.For(0, part.Length, Cores, c =>
        {
            var (lo, hi) = Chunk(c, n);
            part[c] = (Min(x.AsSpan(lo, hi - lo)), Max(x.AsSpan(lo, hi - lo)), Min(y.AsSpan(lo, hi - lo)), Max(y.AsSpan(lo, hi - lo)));
        });
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        foreach (var p in part)
        {
            minX = Math.Min(minX, p.MinX); maxX = Math.Max(maxX, p.MaxX);
            minY = Math.Min(minY, p.MinY); maxY = Math.Max(maxY, p.MaxY);
        }
        var ox = Math.Floor(minX / size) * size; var oy = Math.Floor(minY / size) * size;
        return (ox, oy, (int)Math.Floor((maxX - ox) / size) + 1, (int)Math.Floor((maxY - oy) / size) + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot from the first run: a bench's warm-up is one call
    private static double Min(ReadOnlySpan<double> v)
    {
        var w = Vector<double>.Count; var acc = new Vector<double>(double.PositiveInfinity);
        var vs = MemoryMarshal.Cast<double, Vector<double>>(v);
        foreach (var e in vs) acc = Vector.Min(acc, e);
        var m = double.PositiveInfinity;
        for (var k = 0; k < w; k++) m = Math.Min(m, acc[k]);
        for (var i = vs.Length * w; i < v.Length; i++) m = Math.Min(m, v[i]);
        return m;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Max(ReadOnlySpan<double> v)
    {
        var w = Vector<double>.Count; var acc = new Vector<double>(double.NegativeInfinity);
        var vs = MemoryMarshal.Cast<double, Vector<double>>(v);
        foreach (var e in vs) acc = Vector.Max(acc, e);
        var m = double.NegativeInfinity;
        for (var k = 0; k < w; k++) m = Math.Max(m, acc[k]);
        for (var i = vs.Length * w; i < v.Length; i++) m = Math.Max(m, v[i]);
        return m;
    }

    /// <summary>Writes every point's key (col × rows + row) to <paramref name="keyOf"/> and returns the occupancy rank.</summary>
    public static CellRank MarkKeys(double[] x, double[] y, double ox, double oy, double inv, int rows, int keyCount, int[] keyOf)
    {
        // Plain byte stores (racing writers all store 1), then packed into the bitmap with SIMD: no atomics, no lost bits.
        var present = GC.AllocateUninitializedArray<byte>(keyCount + 64);
        Array.Clear(present);
        var n = x.Length;
        Parallel.For(0, Chunks(n), Cores, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (c) =>
        {
            var (lo, hi) = Chunk(c, n);
            var i = lo;
            if (Avx.IsSupported)
            {
                // Four points at a time: the same subtract, multiply and truncation per lane as the scalar loop.
                var vox = Vector256.Create(ox); var voy = Vector256.Create(oy); var vinv = Vector256.Create(inv); var vrows = Vector128.Create(rows);
                for (; i + 4 <= hi; i += 4)
                {
                    var col = Avx.ConvertToVector128Int32WithTruncation((Vector256.Create<double>(x.AsSpan(i, 4)) - vox) * vinv);
                    var row = Avx.ConvertToVector128Int32WithTruncation((Vector256.Create<double>(y.AsSpan(i, 4)) - voy) * vinv);
                    var key = col * vrows + row;
                    key.CopyTo(keyOf.AsSpan(i, 4));
                    present[key.GetElement(0)] = 1; present[key.GetElement(1)] = 1; present[key.GetElement(2)] = 1; present[key.GetElement(3)] = 1;
                }
            }
            for (; i < hi; i++)
            {
                var key = (int)((x[i] - ox) * inv) * rows + (int)((y[i] - oy) * inv);
                keyOf[i] = key;
                present[key] = 1;
            }
        });
        var bits = CellRank.NewBits(keyCount);
        Parallel.For(0, (bits.Length + 4095) / 4096, Cores, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (c) =>
        {
            var end = Math.Min(bits.Length, (c + 1) * 4096);
            for (var w = c * 4096; w < end; w++)
            {
                var lo = Vector256.Create<byte>(present.AsSpan(w * 64, 32));
                var hi = Vector256.Create<byte>(present.AsSpan(w * 64 + 32, 32));
                bits[w] = Vector256.GreaterThan(lo, Vector256<byte>.Zero).ExtractMostSignificantBits()
                    | (ulong)Vector256.GreaterThan(hi, Vector256<byte>.Zero).ExtractMostSignificantBits() << 32;
            }
        });
        return new CellRank(bits);
    }

    /// <summary>Replaces keys by populated-cell indices and returns the points and weight sums per cell.</summary>
    public static (int[] Counts, double[] Sums) CountCells(int[] keyOf, float[]? weights, CellRank rank)
    {
        var n = keyOf.Length; var count = rank.Count;
        // One contiguous range and one pair of count arrays per core (a worker-local state per Parallel.For task would
        // allocate, zero and merge a 2.5 MB array for every task the pool starts).
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, n / ChunkSize));
        var counts = new int[workers][];
        var sums = new double[workers][];
        Parallel.For(0, workers, Cores, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (wk) =>
        {
            var local = counts[wk] = new int[count];
            var localSums = sums[wk] = weights is null ? [] : new double[count];
            long lo = (long)n * wk / workers, hi = (long)n * (wk + 1) / workers;
            // Points of one cell often follow each other: count the run in a register and add it once, so the loop
            // is not a chain of increments of one memory slot.
            int lastKey = -1, lastCell = 0, run = 0;
            for (var i = (int)lo; i < hi; i++)
            {
                var key = keyOf[i];
                if (key != lastKey)
                {
                    local[lastCell] += run;
                    lastCell = rank.Rank(key); lastKey = key; run = 0;
                }
                run++;
                keyOf[i] = lastCell;
                if (weights is not null) localSums[lastCell] += weights[i];
            }
            if (run > 0) local[lastCell] += run;
        });
        if (workers == 1) return (counts[0], sums[0]);
        // Merge the other workers' arrays into the first, in parallel over cell ranges.
        Parallel.For(0, Chunks(count), Cores, c =>
        {
            var (lo, hi) = Chunk(c, count);
            for (var k = 1; k < workers; k++)
            {
                var (lc, ls) = (counts[k], sums[k]);
                for (var i = lo; i < hi; i++) counts[0][i] += lc[i];
                for (var i = lo; i < Math.Min(hi, ls.Length); i++) sums[0][i] += ls[i];
            }
        });
        return (counts[0], sums[0]);
    }
}

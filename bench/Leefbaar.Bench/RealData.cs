using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Leefbaar.Bench.Baseline;
using Leefbaar.Data.Synth;
using Leefbaar.Geo.Points;

namespace Leefbaar.Bench;

/// <summary>
/// `compare --data SYNTHDIR [--repeat N] [--kernels bin,nearest,within1km,indicators] [--export]`: old (private copy)
/// versus new kernel on a synthetic folder, interleaved runs in one process, wall and CPU-time medians (CPU time is steadier on a shared machine), ratios and a bitwise result
/// check. `--export` also writes every amenity type as float64 files into SYNTHDIR/peer-input for the cKDTree script.
/// </summary>
internal static class RealData
{
    /// <summary>Runs the comparison; returns the exit code.</summary>
    public static async Task<int> Run(string[] args)
    {
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var dir = Arg("--data", "");
        var repeat = int.Parse(Arg("--repeat", "5"), CultureInfo.InvariantCulture);
        var kernels = Arg("--kernels", "bin,nearest,within1km,indicators").Split(',');
        var data = await SynthData.Load(dir);
        if (args.Contains("--export")) Export(dir, data);
        var (ax, ay) = data.AmenitiesOfType(AmenityTypes.BenchmarkType);
        var grid = CellGrid.Build(data.DwellingX, data.DwellingY, null);
        Console.WriteLine($"# {data.DwellingX.Length:N0} dwellings, {grid.CellCount:N0} cells, {ax.Length:N0} care; {Environment.ProcessorCount} cores");
        Console.WriteLine("kernel,old_median_s,new_median_s,ratio,old_cpu_s,new_cpu_s,cpu_ratio,identical");
        if (kernels.Contains("bin"))
            Compare("bin", repeat, () => OldKernels.Bin(data.DwellingX, data.DwellingY, null), () => CellGrid.Build(data.DwellingX, data.DwellingY, null),
                (a, b) => a.Keys.SequenceEqual(b.Keys) && a.Counts.SequenceEqual(b.Counts) && a.CellOfPoint.SequenceEqual(b.CellOfPoint));
        if (kernels.Contains("nearest"))
            Compare("nearest", repeat, () => OldKernels.Nearest(grid, new OldKdTree(ax, ay)), () => GridIndicators.NearestDistances(grid, new PointKdTree(ax, ay)), Same);
        if (kernels.Contains("bin-phases")) BinPhases(data.DwellingX, data.DwellingY, repeat);
        if (kernels.Contains("tree"))
            Compare<object>("tree", repeat, () => new OldKdTree(ax, ay), () => new PointKdTree(ax, ay), (_, _) => true);
        if (kernels.Contains("nearest-query"))
        {
            var (ot, nt) = (new OldKdTree(ax, ay), new PointKdTree(ax, ay));
            Compare("nearest-query", repeat, () => OldKernels.Nearest(grid, ot), () => GridIndicators.NearestDistances(grid, nt), Same);
        }
        if (kernels.Contains("within1km"))
            Compare("within1km", repeat, () => OldKernels.CountsWithin(grid, new OldKdTree(ax, ay), [1000])[0],
                () => GridIndicators.CountsWithin(grid, new PointKdTree(ax, ay), [1000])[0], Same);
        if (kernels.Contains("indicator-parts"))
        {
            var trees = Enumerable.Range(0, AmenityTypes.Names.Length).Select(data.AmenitiesOfType).Select(t => new PointKdTree(t.X, t.Y)).ToList();
            for (var t = 0; t < trees.Count; t++)
            {
                var w = Stopwatch.StartNew(); GridIndicators.NearestDistances(grid, trees[t]); var tn = w.Elapsed.TotalSeconds;
                w.Restart(); GridIndicators.CountsWithin(grid, trees[t], GridIndicators.CountRadii); var tc = w.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"part,{AmenityTypes.Names[t]},{trees[t].Count},nearest {tn:0.000},counts {tc:0.000}"));
            }
        }
        if (kernels.Contains("indicators"))
        {
            var types = Enumerable.Range(0, AmenityTypes.Names.Length).Select(data.AmenitiesOfType).ToList();
            var oldTrees = types.Select(t => new OldKdTree(t.X, t.Y)).ToList();
            var newTrees = types.Select(t => new PointKdTree(t.X, t.Y)).ToList();
            var r = GridIndicators.CountRadii;
            var result = Compare("indicators", repeat, () => OldKernels.AmenityIndicators(grid, oldTrees, r),
                () => GridIndicators.AmenityIndicators(grid, newTrees, r).SelectMany(t => t.Counts.Prepend(t.Nearest)).ToList(),
                (a, b) => a.Zip(b).All(p => Same(p.First, p.Second)));
            for (var t = 0; t < types.Count; t++)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"check indicators {AmenityTypes.Names[t]} {types[t].X.Length} {result[4 * t].Sum(v => (double)v):0.0} {string.Join(' ', result.Skip(4 * t + 1).Take(3).Select(c => c.Sum(v => (long)v)))}"));
        }
        return 0;
    }

    /// <summary>Median wall time of each pass of the new binning (extent, key marking, rank + count).</summary>
    private static void BinPhases(double[] x, double[] y, int repeat)
    {
        var t = new double[3, repeat];
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var w = Stopwatch.StartNew();
            var (ox, oy, cols, rows) = CellBinning.Extent(x, y, 100);
            t[0, i] = w.Elapsed.TotalSeconds;
            var keyOf = GC.AllocateUninitializedArray<int>(x.Length);
            w.Restart();
            var rank = CellBinning.MarkKeys(x, y, ox, oy, 0.01, rows, cols * rows, keyOf);
            t[1, i] = w.Elapsed.TotalSeconds;
            w.Restart();
            CellBinning.CountCells(keyOf, null, rank);
            t[2, i] = w.Elapsed.TotalSeconds;
        }
        var names = new[] { "extent", "mark", "count" };
        for (var p = 0; p < 3; p++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bin-{names[p]},,{Median(Enumerable.Range(0, repeat).Select(i => t[p, i]).ToArray()):0.0000}"));
    }

    private static bool Same(float[] a, float[] b) => MemoryMarshal.AsBytes(a.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(b.AsSpan()));

    /// <summary>One warm-up each, then <paramref name="repeat"/> interleaved old/new runs; prints medians and the check.</summary>
    private static T Compare<T>(string kernel, int repeat, Func<T> old, Func<T> fresh, Func<T, T, bool> same)
    {
        var a = old(); var b = fresh();
        var identical = same(a, b);
        var to = new double[repeat]; var tn = new double[repeat]; var co = new double[repeat]; var cn = new double[repeat];
        var me = Process.GetCurrentProcess();
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect(); me.Refresh(); var cpu = me.TotalProcessorTime; var w = Stopwatch.StartNew();
            a = old(); to[i] = w.Elapsed.TotalSeconds; me.Refresh(); co[i] = (me.TotalProcessorTime - cpu).TotalSeconds;
            GC.Collect(); me.Refresh(); cpu = me.TotalProcessorTime; w.Restart();
            b = fresh(); tn[i] = w.Elapsed.TotalSeconds; me.Refresh(); cn[i] = (me.TotalProcessorTime - cpu).TotalSeconds;
        }
        double mo = Median(to), mn = Median(tn), mco = Median(co), mcn = Median(cn);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kernel},{mo:0.0000},{mn:0.0000},{mo / mn:0.00},{mco:0.0000},{mcn:0.0000},{mco / mcn:0.00},{identical}"));
        return b;
    }

    private static double Median(double[] v) { Array.Sort(v); return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2; }

    private static void Export(string dir, SynthData data)
    {
        var outDir = Path.Combine(dir, "peer-input");
        Directory.CreateDirectory(outDir);
        void Write(string name, double[] v) => File.WriteAllBytes(Path.Combine(outDir, name + ".f64"), MemoryMarshal.AsBytes(v.AsSpan()).ToArray());
        Write("dwellings_x", data.DwellingX); Write("dwellings_y", data.DwellingY);
        for (var t = 0; t < AmenityTypes.Names.Length; t++)
        {
            var (x, y) = data.AmenitiesOfType(t);
            Write($"amenity_{AmenityTypes.Names[t]}_x", x); Write($"amenity_{AmenityTypes.Names[t]}_y", y);
        }
    }
}

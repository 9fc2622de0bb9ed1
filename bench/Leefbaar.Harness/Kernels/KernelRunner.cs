using Leefbaar.App.Diagnostics;
using System.Diagnostics;
using System.Globalization;
using Leefbaar.Data.Synth;
using Leefbaar.Geo.Points;

namespace Leefbaar.Harness.Kernels;

/// <summary>
/// Runs the four compared kernels with Leefbaar's engine on a synthetic folder and prints `kernel,tool,median_s,peak_mb`
/// rows plus `check kernel tool value` lines (stderr) that the peers print too. Every kernel includes building its
/// own index: bin = 100 m cells of all dwellings; nearest / within1km = KD-tree over the "care" amenities queried from
/// every populated cell centre; pip = grid + point index + all dwellings into the buurt polygons.
/// </summary>
public static class KernelRunner
{
    /// <summary>The compared kernels, in output order.</summary>
    public static readonly string[] Kernels = ["bin", "nearest", "within1km", "pip", "indicators"];

    /// <summary>The radii of the grid run's amenity counts (metres).</summary>
    public static readonly double[] IndicatorRadii = [300, 1000, 3000];

    /// <summary>Runs every kernel <paramref name="repeat"/> times.</summary>
    public static async Task Run(string dataDir, int repeat)
    {
        var data = await SynthData.Load(dataDir);
        var (ax, ay) = data.AmenitiesOfType(AmenityTypes.BenchmarkType);
        var polygons = data.BuurtPolygon;
        const string tool = "leefbaar";
        var grid = Time("bin", tool, repeat, () => CellGrid.Build(data.DwellingX, data.DwellingY, null), g => g.CellCount.ToString(CultureInfo.InvariantCulture));
        Time("nearest", tool, repeat, () => GridIndicators.NearestDistances(grid, new PointKdTree(ax, ay)),
            d => d.Sum(v => (double)v).ToString("0.0", CultureInfo.InvariantCulture));
        Time("within1km", tool, repeat, () => GridIndicators.CountsWithin(grid, new PointKdTree(ax, ay), [1000])[0],
            n => n.Sum(v => (long)v).ToString(CultureInfo.InvariantCulture));
        Time("pip", tool, repeat, () =>
        {
            var g = CellGrid.Build(data.DwellingX, data.DwellingY, null);
            return PolygonAssigner.Assign(data.DwellingX, data.DwellingY, g, PolygonSet.From(polygons));
        }, a => a.Count(b => b >= 0).ToString(CultureInfo.InvariantCulture));
        Indicators(data, grid, repeat);
    }

    // The grid run's amenity indicator set: per type the nearest distance and the counts within 300 m, 1 km and
    // 3 km from every populated cell centre, trees prebuilt (as bench/peers/ckdtree_indicators.py does).
    private static void Indicators(SynthData data, CellGrid grid, int repeat)
    {
        var trees = Enumerable.Range(0, AmenityTypes.Names.Length).Select(t => { var (x, y) = data.AmenitiesOfType(t); return new PointKdTree(x, y); }).ToArray();
        var results = Time("indicators", "leefbaar", repeat,
            () => GridIndicators.AmenityIndicators(grid, trees, IndicatorRadii), // exactly what the grid run calls
            r => r.Length.ToString(CultureInfo.InvariantCulture)); // types; the values are checked per type below
        for (var t = 0; t < trees.Length; t++) WriteIndicatorChecks("leefbaar", AmenityTypes.Names[t],
            results[t].Nearest.Sum(v => (double)v), results[t].Counts.Select(c => c.Sum(v => (long)v)).ToArray());
    }

    /// <summary>One check per type and measure (kernel "indicators.TYPE.MEASURE"), the form the cKDTree peer prints too.</summary>
    public static void WriteIndicatorChecks(string tool, string type, double nearestSum, long[] counts)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check indicators.{type}.nearest {tool} {nearestSum:0.0}"));
        for (var r = 0; r < counts.Length; r++)
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check indicators.{type}.r{IndicatorRadii[r]:0} {tool} {counts[r]}"));
    }

    /// <summary>Times a kernel: one warm-up run (JIT), then the median of <paramref name="repeat"/> runs; prints the row and check.</summary>
    public static T Time<T>(string kernel, string tool, int repeat, Func<T> body, Func<T, string> check)
    {
        var result = body();
        var times = new double[repeat];
        for (var r = 0; r < repeat; r++)
        {
            GC.Collect();
            var w = Stopwatch.StartNew();
            result = body();
            times[r] = w.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        var median = repeat % 2 == 1 ? times[repeat / 2] : (times[repeat / 2 - 1] + times[repeat / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kernel},{tool},{median:0.0000},{ProcessMemory.PeakMb():0}"));
        Console.Error.WriteLine($"check {kernel} {tool} {check(result)}");
        return result;
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Leefbaar.Bench.Baseline;
using Leefbaar.Geo.Points;

namespace Leefbaar.Bench;

/// <summary>
/// Each grid kernel against its pre-perf implementation (private copy in Baseline/, the category's baseline) in the
/// same run, on the 1 M-point field: binning, nearest and 1 km counts (tree build included, as in `bench peers`),
/// and the grid run's amenity indicators (eight types × nearest + 300 m / 1 km / 3 km counts, trees prebuilt).
/// </summary>
[MemoryDiagnoser, ShortRunJob, MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class KernelBaselineBenchmarks
{
    private double[] _x = [], _y = [], _ax = [], _ay = [];
    private CellGrid _grid = null!;
    private List<OldKdTree> _oldTrees = [];
    private List<PointKdTree> _newTrees = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        (_x, _y) = Field.Clustered(rng, 1_000_000, 5_000, 600);
        (_ax, _ay) = Field.Clustered(rng, 60_000, 5_000, 900);
        _grid = CellGrid.Build(_x, _y, null);
        // Eight amenity sets of the national type sizes scaled to the field (≈ 1/8 of the dwellings' share).
        var sizes = new[] { 1_100, 1_500, 800, 30_000, 15_500, 3_000, 7_500, 60 };
        var sets = sizes.Select(n => Field.Clustered(rng, n, 3_000, 900)).ToList();
        _oldTrees = sets.Select(s => new OldKdTree(s.X, s.Y)).ToList();
        _newTrees = sets.Select(s => new PointKdTree(s.X, s.Y)).ToList();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("bin")] public CellGrid BinOld() => OldKernels.Bin(_x, _y, null);
    [Benchmark, BenchmarkCategory("bin")] public CellGrid BinNew() => CellGrid.Build(_x, _y, null);

    [Benchmark(Baseline = true), BenchmarkCategory("nearest")] public float[] NearestOld() => OldKernels.Nearest(_grid, new OldKdTree(_ax, _ay));
    [Benchmark, BenchmarkCategory("nearest")] public float[] NearestNew() => GridIndicators.NearestDistances(_grid, new PointKdTree(_ax, _ay));

    [Benchmark(Baseline = true), BenchmarkCategory("within1km")] public float[] Within1KmOld() => OldKernels.CountsWithin(_grid, new OldKdTree(_ax, _ay), [1000])[0];
    [Benchmark, BenchmarkCategory("within1km")] public float[] Within1KmNew() => GridIndicators.CountsWithin(_grid, new PointKdTree(_ax, _ay), [1000])[0];

    [Benchmark(Baseline = true), BenchmarkCategory("indicators")] public List<float[]> IndicatorsOld() => OldKernels.AmenityIndicators(_grid, _oldTrees, GridIndicators.CountRadii);
    [Benchmark, BenchmarkCategory("indicators")] public object IndicatorsNew() => GridIndicators.AmenityIndicators(_grid, _newTrees, GridIndicators.CountRadii);
}

using BenchmarkDotNet.Attributes;
using Leefbaar.Geo.Points;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Bench;

/// <summary>
/// Micro-benchmarks of the hot kernels on a deterministic synthetic field (1 M clustered points, 60 k amenities):
/// weighted binning, KD-tree build, scoring dot products and aggregation (the kernels with a pre-perf baseline are in
/// <see cref="KernelBaselineBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private double[] _x = [], _y = [], _ax = [], _ay = [];
    private float[] _persons = [];
    private CellGrid _grid = null!;
    private PointKdTree _tree = null!;
    private IndicatorTable _table = null!;
    private ModelRelease _release = null!;
    private ScoreColumns _scores = null!;
    private double[]?[] _columns = [];
    private double[] _weight = [];
    private int[] _group = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        (_x, _y) = Field.Clustered(rng, 1_000_000, 5_000, 600);
        (_ax, _ay) = Field.Clustered(rng, 60_000, 5_000, 900);
        _persons = _x.Select(_ => 2.1f).ToArray();
        _grid = CellGrid.Build(_x, _y, _persons);
        _tree = new PointKdTree(_ax, _ay);
        _table = new IndicatorTable();
        _table.Add("inhabitants", _grid.Weights.Select(w => (float)w).ToArray());
        _table.Add("dwellings", _grid.Counts.Select(c => (float)c).ToArray());
        var near = GridIndicators.NearestDistances(_grid, _tree);
        var counts = GridIndicators.CountsWithin(_grid, _tree, [1000, 3000]);
        foreach (var name in new[] { "dist_supermarket", "dist_gp", "dist_school", "dist_station" }) _table.Add(name, near);
        foreach (var name in new[] { "n1000_shop", "n1000_catering", "n1000_care" }) _table.Add(name, counts[0]);
        _table.Add("n3000_culture", counts[1]);
        _table.Add("events_per_1000", counts[0]);
        _release = DemonstrationRelease.Build((_, _) => (1, 1));
        _columns = _release.Terms.Select(t => _table[t.Spec.Indicator].Select(v => (double)v).ToArray()).ToArray();
        _weight = _table["inhabitants"].Select(v => (double)v).ToArray();
        _scores = ScoreColumns.Score(_release, _columns, _weight);
        _group = _grid.CellOfPoint.Select(c => c % 10_000).ToArray();
    }

    [Benchmark] public CellGrid BinWeighted() => CellGrid.Build(_x, _y, _persons);
    [Benchmark] public PointKdTree BuildTree() => new(_ax, _ay);
    [Benchmark] public float[] Nearest() => GridIndicators.NearestDistances(_grid, _tree);
    [Benchmark] public float[][] Within1Km() => GridIndicators.CountsWithin(_grid, _tree, [1000]);
    [Benchmark] public ScoreColumns ScoreAndClassify() => ScoreColumns.Score(_release, _columns, _weight);
    [Benchmark] public ScoreColumns Aggregate() => _scores.Aggregate(_release, _persons.Length, i => _grid.CellOfPoint[i], i => _persons[i], i => _group[i], 10_000);
}

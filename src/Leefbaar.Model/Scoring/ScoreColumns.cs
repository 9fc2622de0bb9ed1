using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>
/// Scores of many areas (100 m cells, or the buurten, wijken and gemeenten they aggregate to) as flat columns:
/// the five dimensions, afw = their sum, the afw class (0 = no score) and the weight. The columnar twin of a list of
/// <see cref="AreaScore"/> for national runs, computed by the same <see cref="ColumnScorer"/> and <see cref="WeightedMeans"/>.
/// </summary>
public sealed class ScoreColumns
{
    /// <summary>Dimension scores [dimension][area] (NaN = no score).</summary>
    public double[][] Dims { get; }
    /// <summary>afw = Σ dimensions.</summary>
    public double[] Afw { get; }
    /// <summary>Class 1–9 of afw (0 = no score).</summary>
    public byte[] Class { get; }
    /// <summary>Aggregation weight (inhabitants).</summary>
    public double[] Weight { get; }
    /// <summary>The release that produced them.</summary>
    public string Release { get; }
    /// <summary>Number of areas.</summary>
    public int Count => Afw.Length;

    private ScoreColumns(ModelRelease release, double[][] dims, double[] weight)
    {
        (Release, Dims, Weight) = (release.Id, dims, weight);
        Afw = new double[weight.Length];
        Class = new byte[weight.Length];
        for (var i = 0; i < Afw.Length; i++)
        {
            Afw[i] = dims[0][i] + dims[1][i] + dims[2][i] + dims[3][i] + dims[4][i];
            Class[i] = double.IsNaN(Afw[i]) ? (byte)0 : (byte)Classes.Total(Afw[i], release.ClassBoundaries);
        }
    }

    /// <summary>Scores every row of aligned columns (see <see cref="ColumnScorer"/>) in parallel; <paramref name="weight"/> per row.</summary>
    public static ScoreColumns Score(ModelRelease release, IReadOnlyList<double[]?> columns, double[] weight)
    {
        var engine = new ColumnScorer(release);
        var n = weight.Length;
        var dims = Enumerable.Range(0, 5).Select(_ => new double[n]).ToArray();
        Parallel.For(0, (n + 4095) / 4096, k =>
        {
            Span<double> d = stackalloc double[5];
            for (var i = k * 4096; i < Math.Min(n, (k + 1) * 4096); i++)
            {
                if (!engine.Score(columns, i, d)) d.Fill(double.NaN);
                for (var j = 0; j < 5; j++) dims[j][i] = d[j];
            }
        });
        return new ScoreColumns(release, dims, weight);
    }

    /// <summary>Aggregates items to groups (weighted means, see <see cref="WeightedMeans"/>) and classifies the groups.</summary>
    public ScoreColumns Aggregate(ModelRelease release, int count, Func<int, int> scoreOf, Func<int, double> weightOf, Func<int, int> groupOf, int groups)
    {
        var (means, weight) = WeightedMeans.Aggregate(Dims, count, scoreOf, weightOf, groupOf, groups);
        return new ScoreColumns(release, means, weight);
    }
}

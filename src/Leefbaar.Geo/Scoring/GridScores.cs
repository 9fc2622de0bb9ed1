namespace Leefbaar.Geo.Scoring;

/// <summary>Scores of a set of areas (cells, buurten, …) as flat columns: five dimensions, afw = their sum, the afw class 1–9 and the weight.</summary>
public sealed class GridScores(int count)
{
    /// <summary>Dimension scores [dimension][area].</summary>
    public float[][] Dims { get; } = Enumerable.Range(0, 5).Select(_ => new float[count]).ToArray();
    /// <summary>afw = Σ dimensions.</summary>
    public float[] Afw { get; } = new float[count];
    /// <summary>Class 1–9 of afw.</summary>
    public byte[] Class { get; } = new byte[count];
    /// <summary>Aggregation weight (inhabitants).</summary>
    public double[] Weight { get; } = new double[count];
    /// <summary>Number of areas.</summary>
    public int Count => Afw.Length;
}

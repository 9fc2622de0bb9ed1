using MathNet.Numerics.LinearAlgebra;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The standardised basis matrix of a set of terms: column 0 is the intercept, then each term's basis columns,
/// each centred and scaled over the rows it was built on (all areas, targets not used). Keeps the means and scales
/// so coefficients can be reported on the original scale.
/// </summary>
public sealed class DesignMatrix
{
    /// <summary>The terms, in column order.</summary>
    public IReadOnlyList<TermSpec> Terms { get; }
    /// <summary>First column of each term.</summary>
    public int[] Offsets { get; }
    /// <summary>Total columns including the intercept.</summary>
    public int Width { get; }
    /// <summary>Column means of the raw basis.</summary>
    public double[] Mean { get; }
    /// <summary>Column standard deviations of the raw basis (1 where constant).</summary>
    public double[] Scale { get; }

    private DesignMatrix(IReadOnlyList<TermSpec> terms, int[] offsets, int width, double[] mean, double[] scale) =>
        (Terms, Offsets, Width, Mean, Scale) = (terms, offsets, width, mean, scale);

    /// <summary>Builds the standardisation from raw columns (one per term) over all rows.</summary>
    public static DesignMatrix Fit(IReadOnlyList<TermSpec> terms, IReadOnlyList<double[]> raw)
    {
        var offsets = new int[terms.Count];
        var width = 1;
        for (var j = 0; j < terms.Count; j++) { offsets[j] = width; width += terms[j].Width; }
        var n = raw.Count == 0 ? 0 : raw[0].Length;
        var sum = new double[width];
        var sum2 = new double[width];
        var buffer = new double[width];
        for (var i = 0; i < n; i++)
        {
            FillRaw(terms, offsets, raw, i, buffer);
            for (var c = 1; c < width; c++) { sum[c] += buffer[c]; sum2[c] += buffer[c] * buffer[c]; }
        }
        var mean = new double[width];
        var scale = new double[width];
        scale[0] = 1;
        for (var c = 1; c < width; c++)
        {
            mean[c] = sum[c] / n;
            var variance = sum2[c] / n - mean[c] * mean[c];
            scale[c] = variance > 1e-18 ? Math.Sqrt(variance) : 1;
        }
        return new DesignMatrix(terms, offsets, width, mean, scale);
    }

    /// <summary>The standardised matrix for the given rows.</summary>
    public Matrix<double> Build(IReadOnlyList<double[]> raw, IReadOnlyList<int> rows)
    {
        var m = Matrix<double>.Build.Dense(rows.Count, Width);
        var buffer = new double[Width];
        for (var r = 0; r < rows.Count; r++)
        {
            FillRaw(Terms, Offsets, raw, rows[r], buffer);
            m[r, 0] = 1;
            for (var c = 1; c < Width; c++) m[r, c] = (buffer[c] - Mean[c]) / Scale[c];
        }
        return m;
    }

    private static void FillRaw(IReadOnlyList<TermSpec> terms, int[] offsets, IReadOnlyList<double[]> raw, int row, double[] into)
    {
        for (var j = 0; j < terms.Count; j++) terms[j].Basis(raw[j][row], into.AsSpan(offsets[j], terms[j].Width));
    }

    /// <summary>Converts standardised coefficients to raw-basis coefficients; returns (intercept, per-column coefficients).</summary>
    public (double Intercept, double[] Raw) ToRaw(IReadOnlyList<double> beta)
    {
        var raw = new double[Width];
        var intercept = beta[0];
        for (var c = 1; c < Width; c++)
        {
            raw[c] = beta[c] / Scale[c];
            intercept -= beta[c] * Mean[c] / Scale[c];
        }
        return (intercept, raw);
    }
}

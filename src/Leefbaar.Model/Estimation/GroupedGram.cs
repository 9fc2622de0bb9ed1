using MathNet.Numerics.LinearAlgebra;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// Sufficient statistics of a least-squares problem split by group (province): Zᵀ Z, Zᵀ Y and Yᵀ Y per group.
/// Any training set that is a union of groups is then solved without touching the rows again, which makes
/// leave-one-province-out validation and the choice of the ridge penalty cheap.
/// </summary>
public sealed class GroupedGram
{
    /// <summary>Group names.</summary>
    public string[] Groups { get; }
    private readonly Matrix<double>[] _zz;
    private readonly Matrix<double>[] _zy;
    private readonly double[][] _yy;
    private readonly int[] _n;

    /// <summary>Accumulates the statistics; <paramref name="y"/> has one column per target, rows aligned with <paramref name="z"/>, observation weights optional.</summary>
    public GroupedGram(Matrix<double> z, Matrix<double> y, string[] groupOfRow, double[]? weights = null)
    {
        Groups = groupOfRow.Distinct().Order(StringComparer.Ordinal).ToArray();
        _zz = new Matrix<double>[Groups.Length];
        _zy = new Matrix<double>[Groups.Length];
        _yy = new double[Groups.Length][];
        _n = new int[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
        {
            var rows = Enumerable.Range(0, groupOfRow.Length).Where(i => groupOfRow[i] == Groups[g]).ToArray();
            var zg = Matrix<double>.Build.Dense(rows.Length, z.ColumnCount, (r, c) => z[rows[r], c]);
            var yg = Matrix<double>.Build.Dense(rows.Length, y.ColumnCount, (r, c) => y[rows[r], c]);
            var zw = weights is null ? zg : Matrix<double>.Build.Dense(rows.Length, z.ColumnCount, (r, c) => zg[r, c] * weights[rows[r]]);
            _zz[g] = zw.TransposeThisAndMultiply(zg);
            _zy[g] = zw.TransposeThisAndMultiply(yg);
            var wy = weights is null ? yg : Matrix<double>.Build.Dense(rows.Length, y.ColumnCount, (r, c) => yg[r, c] * weights[rows[r]]);
            _yy[g] = Enumerable.Range(0, y.ColumnCount).Select(c => wy.Column(c).DotProduct(yg.Column(c))).ToArray();
            _n[g] = rows.Length;
        }
    }

    /// <summary>Sum of the statistics over the groups selected by <paramref name="include"/>.</summary>
    public (Matrix<double> ZZ, Matrix<double> ZY, double[] YY, int N) Sum(Func<string, bool> include)
    {
        Matrix<double>? zz = null, zy = null;
        double[]? yy = null;
        var n = 0;
        for (var g = 0; g < Groups.Length; g++)
        {
            if (!include(Groups[g])) continue;
            zz = zz is null ? _zz[g].Clone() : zz + _zz[g];
            zy = zy is null ? _zy[g].Clone() : zy + _zy[g];
            yy = yy is null ? (double[])_yy[g].Clone() : yy.Zip(_yy[g], (a, b) => a + b).ToArray();
            n += _n[g];
        }
        return (zz ?? throw new InvalidOperationException("No group selected."), zy!, yy!, n);
    }

    /// <summary>Sum of squared residuals of coefficients <paramref name="beta"/> (on columns <paramref name="columns"/>) for target <paramref name="target"/> in one group.</summary>
    public double Sse(string group, int target, int[] columns, Vector<double> beta)
    {
        var g = Array.IndexOf(Groups, group);
        var zz = _zz[g];
        var zy = _zy[g];
        double quad = 0, cross = 0;
        for (var a = 0; a < columns.Length; a++)
        {
            cross += beta[a] * zy[columns[a], target];
            for (var b = 0; b < columns.Length; b++) quad += beta[a] * beta[b] * zz[columns[a], columns[b]];
        }
        return _yy[g][target] - 2 * cross + quad;
    }

    /// <summary>Rows in a group.</summary>
    public int Count(string group) => _n[Array.IndexOf(Groups, group)];
}

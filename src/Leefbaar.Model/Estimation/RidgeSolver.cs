using MathNet.Numerics.LinearAlgebra;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// Ridge regression on standardised columns from sufficient statistics: solves (ZᵀZ + λ·n·P) β = Zᵀy with P the
/// identity except for the unpenalised intercept (column 0). Cholesky; stateless.
/// </summary>
public static class RidgeSolver
{
    /// <summary>Solves for one target on a subset of columns (which must include column 0).</summary>
    public static Vector<double> Solve(Matrix<double> zz, Matrix<double> zy, int target, int[] columns, double lambda, int n)
    {
        var a = Matrix<double>.Build.Dense(columns.Length, columns.Length, (r, c) => zz[columns[r], columns[c]]);
        var b = Vector<double>.Build.Dense(columns.Length, r => zy[columns[r], target]);
        for (var k = 0; k < columns.Length; k++)
            if (columns[k] != 0) a[k, k] += lambda * n;
        a[0, 0] += 1e-9 * n; // keeps the system positive definite when a group lacks variation
        return a.Cholesky().Solve(b);
    }
}

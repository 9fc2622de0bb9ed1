using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Estimation;

/// <summary>The readable weight of a term: the change of its summed contribution per raw unit around the reference (central difference).</summary>
public static class TermSlope
{
    /// <summary>d/dx Σ_d f_d(x) at the reference, step 1 % of the reference (at least 0.001).</summary>
    public static double AtReference(ReleaseTerm term)
    {
        var r = term.Spec.Reference;
        var h = Math.Max(Math.Abs(r) * 0.01, 1e-3);
        return term.Coefficients.Keys.Sum(d => (term.Evaluate(d, r + h) - term.Evaluate(d, r - h)) / (2 * h));
    }
}

namespace Leefbaar.Geo.Scoring;

/// <summary>
/// A frozen linear scoring of the grid indicators into the five Leefbaarometer dimensions (won, fys, vrz, soc, onv;
/// fys and soc have no grid input here and stay 0), with eight afw class boundaries. The weights of
/// <see cref="Illustrative"/> are chosen by hand to exercise the pipeline at national scale; they are not fitted.
/// </summary>
public sealed record GridRelease(string Id, IReadOnlyList<GridTerm> Terms, double[] ClassBoundaries)
{
    /// <summary>Dimension codes by index.</summary>
    public static readonly string[] Dimensions = ["won", "fys", "vrz", "soc", "onv"];

    /// <summary>
    /// The hand-set release: nearer and more amenities raise vrz, more registered crime per inhabitant lowers onv,
    /// denser housing lowers won slightly. References and scales (median and interquartile range of the transformed
    /// values) come from <paramref name="stats"/>, so one unit ≈ one IQR.
    /// </summary>
    public static GridRelease Illustrative(Func<string, bool, (double Median, double Iqr)> stats)
    {
        var spec = new (string Indicator, bool Log, int Dim, double Weight)[]
        {
            ("dist_supermarket", true, 2, -0.020), ("dist_gp", true, 2, -0.015), ("dist_school", true, 2, -0.015),
            ("dist_station", true, 2, -0.010), ("n1000_shop", true, 2, 0.015), ("n1000_catering", true, 2, 0.010),
            ("n3000_culture", true, 2, 0.010), ("n1000_care", true, 2, 0.005),
            ("events_per_1000", true, 4, -0.030), ("dwellings", true, 0, -0.010),
        };
        var terms = spec.Select(s => { var (m, q) = stats(s.Indicator, s.Log); return new GridTerm(s.Indicator, s.Log, s.Dim, s.Weight, m, q > 0 ? q : 1); }).ToList();
        return new GridRelease("grid-illustrative-1", terms, [-0.10, -0.06, -0.03, -0.01, 0.01, 0.03, 0.06, 0.10]);
    }
}

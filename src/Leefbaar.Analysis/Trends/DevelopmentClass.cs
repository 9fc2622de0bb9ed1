namespace Leefbaar.Analysis.Trends;

/// <summary>
/// Nine development classes on the change of afw between two measurements of one release; class 5 = no change.
/// Boundaries ±0.01, ±0.02, ±0.04, ±0.08: one step is about a sixth, a third, two thirds and over a full class
/// width in the middle of the 2024 class scale (classes 6–8 are 0.06–0.08 wide).
/// </summary>
public static class DevelopmentClass
{
    /// <summary>The eight ascending boundaries on Δafw.</summary>
    public static readonly double[] Boundaries = [-0.08, -0.04, -0.02, -0.01, 0.01, 0.02, 0.04, 0.08];

    private static readonly string[] Dutch =
        ["zeer sterke achteruitgang", "sterke achteruitgang", "achteruitgang", "lichte achteruitgang", "geen verandering",
         "lichte vooruitgang", "vooruitgang", "sterke vooruitgang", "zeer sterke vooruitgang"];

    /// <summary>Class 1–9 of a change (a change exactly on +0.01 counts as improvement, on −0.01 as no change).</summary>
    public static int Of(double delta)
    {
        var cls = 1;
        foreach (var b in Boundaries) { if (delta >= b) cls++; else break; }
        return cls;
    }

    /// <summary>The Dutch label of class 1–9.</summary>
    public static string Label(int cls) => Dutch[cls - 1];
}

namespace Leefbaar.Core.Scores;

/// <summary>The nine verdict classes of the Leefbaarometer 3.0 (note: zwak ranks above onvoldoende).</summary>
public static class ScoreClass
{
    private static readonly string[] Dutch =
        ["zeer onvoldoende", "ruim onvoldoende", "onvoldoende", "zwak", "voldoende", "ruim voldoende", "goed", "zeer goed", "uitstekend"];

    private static readonly string[] English =
        ["very insufficient", "highly insufficient", "insufficient", "weak", "sufficient", "more than sufficient", "good", "very good", "excellent"];

    /// <summary>The Dutch label of class 1–9.</summary>
    public static string DutchLabel(int cls) => Dutch[Check(cls) - 1];

    /// <summary>The English label of class 1–9.</summary>
    public static string EnglishLabel(int cls) => English[Check(cls) - 1];

    /// <summary>
    /// The class of a value given eight ascending boundaries: class k+1 when boundary[k-1] ≤ value &lt; boundary[k].
    /// Boundaries belong to a model release, never to code.
    /// </summary>
    public static int Classify(double value, ReadOnlySpan<double> boundaries)
    {
        if (boundaries.Length != 8) throw new ArgumentException("Expected 8 class boundaries.", nameof(boundaries));
        var cls = 1;
        foreach (var b in boundaries) { if (value >= b) cls++; else break; }
        return cls;
    }

    private static int Check(int cls) => cls is >= 1 and <= 9 ? cls : throw new ArgumentOutOfRangeException(nameof(cls), cls, "Class must be 1–9.");
}

using System.Collections.Immutable;

namespace Leefbaar.Model.Releases;

/// <summary>
/// The published facts of an official release that a Leefbaar release copies: the constant C and the class
/// boundaries on afw. Values for lbm3-2024 derived from the official records (docs: method.md, "Classes").
/// </summary>
public sealed record TargetRelease(string Id, double Constant, ImmutableArray<double> ClassBoundaries, double DimensionClassUnit)
{
    /// <summary>Leefbaarometer 3.0, measurement 2024.</summary>
    public static readonly TargetRelease Lbm3_2024 = new("lbm3-2024", 4.0456, [-0.428, -0.354, -0.2815, -0.164, -0.103, 0.0101, 0.0896, 0.1680], 0.07839);

    /// <summary>The synthetic scores of the demo dataset, generated with the 2024 constant and boundaries.</summary>
    public static readonly TargetRelease DemoSynthetic = Lbm3_2024 with { Id = "demo-synthetic" };

    /// <summary>Known targets by id.</summary>
    public static TargetRelease Get(string id) => id switch
    {
        "lbm3-2024" => Lbm3_2024,
        "demo-synthetic" => DemoSynthetic,
        _ => throw new ArgumentException($"Unknown target release '{id}'; known: lbm3-2024, demo-synthetic."),
    };
}

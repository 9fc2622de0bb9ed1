namespace Leefbaar.Analysis.Distribution;

/// <summary>
/// Distribution facts of one release, level and year: class distributions per grouping, the persistent weak core
/// (areas weak in the last k measurements) and the risers and fallers since the previous measurement.
/// </summary>
public sealed record DistributionReport(
    string Release, string Level, int Year, bool PopulationWeighted, int AreasWithClass, int AreasWithoutResidents,
    IReadOnlyList<ClassDistribution> Groups, int HardCoreMeasurements, IReadOnlyList<string> HardCore, double HardCoreResidents,
    int? PreviousYear, int Risers, double RisersResidents, int Fallers, double FallersResidents);

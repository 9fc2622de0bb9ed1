namespace Leefbaar.Core.Areas;

/// <summary>One value of one indicator for one area: the long, tidy form the store keeps.</summary>
/// <param name="Year">The reference year of the value (may differ from the division year, e.g. crime 2021 on the 2024 division).</param>
/// <param name="Source">The dataset it came from, e.g. "woonikveilig" or "85984NED".</param>
public sealed record Observation(AreaCode Area, int DivisionYear, int Year, string Indicator, double Value, string Source);

namespace Leefbaar.Data.Plausibility;

/// <summary>A count that is part of another count of the same area, year and source and can never exceed it by more than <paramref name="Tolerance"/> (men ≤ inhabitants).</summary>
public sealed record PartOfRule(string Part, string Whole, double Tolerance, string Hint);

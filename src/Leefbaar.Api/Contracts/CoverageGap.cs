namespace Leefbaar.Api.Contracts;

/// <summary>A province where an official release scores none of the areas of a level that the Leefbaar model scores.</summary>
public sealed record CoverageGap(string Provincie, string Name, string Level, int Year, string Release, int ModelAreas);

namespace Leefbaar.Core.ReadModels;

/// <summary>One row of an area listing.</summary>
public sealed record AreaRow(string Code, string Level, int Division, string Name, string? Wijk, string? Gemeente, string? Provincie);

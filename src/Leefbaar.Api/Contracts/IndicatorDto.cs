namespace Leefbaar.Api.Contracts;

/// <summary>An indicator of the catalogue: code, Dutch and English name, unit, source table, dimension and expected direction (+1 better when higher, −1 worse, 0 unknown).</summary>
public sealed record IndicatorDto(string Code, string Nl, string En, string Unit, string Source, string? Dimension, int Direction, string Role);

/// <summary>The indicator catalogue.</summary>
public sealed record IndicatorList(int Count, IReadOnlyList<IndicatorDto> Indicators);

namespace Leefbaar.Api.Contracts;

/// <summary>Two to six areas side by side for one year, with the Nederland reference.</summary>
public sealed record CompareResponse(bool Demo, string? Notice, int? Year, IReadOnlyList<ComparedArea> Areas, NationalDto? NederlandOfficial, NationalDto? NederlandModel);

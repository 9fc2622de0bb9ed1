namespace Leefbaar.Api.Serving;

/// <summary>Bounds on request parameters, so no request can ask for unbounded work.</summary>
public static class ApiLimits
{
    /// <summary>Largest page of a bulk listing.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Default page size.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Most search results.</summary>
    public const int MaxSearchResults = 50;

    /// <summary>Longest search text.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>Fewest and most areas in a comparison.</summary>
    public const int MinCompare = 2, MaxCompare = 6;

    /// <summary>Accepted measurement years.</summary>
    public const int MinYear = 1990, MaxYear = 2100;
}

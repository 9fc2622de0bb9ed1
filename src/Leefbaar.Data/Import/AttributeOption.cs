using Leefbaar.Core.Errors;
namespace Leefbaar.Data.Import;

/// <summary>
/// The manifest option "attributes": "property=indicator,property=indicator", the numeric properties of a boundary
/// file to keep as observations (e.g. the KWB fields PDOK publishes on gemeente polygons).
/// </summary>
public static class AttributeOption
{
    /// <summary>The (property, indicator) pairs; empty when the option is absent; an error naming the entry when malformed.</summary>
    public static IReadOnlyList<(string Property, string Indicator)> Parse(string? option, string entryId)
    {
        if (string.IsNullOrWhiteSpace(option)) return [];
        var pairs = new List<(string, string)>();
        foreach (var part in option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || kv[0].Length == 0 || kv[1].Length == 0)
                throw new UnusableDataException($"Manifest entry '{entryId}': option \"attributes\" expects property=indicator pairs separated by commas, found '{part}'.");
            pairs.Add((kv[0], kv[1]));
        }
        return pairs;
    }
}

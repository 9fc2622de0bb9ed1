namespace Leefbaar.Api.Serving;

/// <summary>
/// Other names people search for a place by, each group naming one place: the everyday name beside the official
/// CBS name ("Den Bosch" for 's-Hertogenbosch), the Frisian province name and common abbreviations of long names.
/// </summary>
public static class PlaceAliases
{
    private static readonly string[][] Groups =
    [
        ["'s-Hertogenbosch", "Den Bosch", "Hertogenbosch"],
        ["'s-Gravenhage", "Den Haag", "The Hague"],
        ["Fryslân", "Friesland"],
        ["Nuenen, Gerwen en Nederwetten", "Nuenen"],
        ["Alphen aan den Rijn", "Alphen a/d Rijn"],
        ["Capelle aan den IJssel", "Capelle a/d IJssel"],
    ];

    /// <summary>Every searchable form (normalised) with the other names of its place (normalised).</summary>
    public static IReadOnlyDictionary<string, string[]> ByName { get; } = Build();

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var names = group.Select(SearchText.Normalise).ToArray();
            foreach (var name in names) map[name] = names.Where(n => n != name).ToArray();
        }
        return map;
    }
}

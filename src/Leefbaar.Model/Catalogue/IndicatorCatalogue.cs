using System.Text.Json;

namespace Leefbaar.Model.Catalogue;

/// <summary>
/// The indicator catalogue as data (Catalogue/indicators.json, embedded): every indicator the model may read,
/// with names, unit, source, dimension, direction, transform and role. Immutable once loaded.
/// </summary>
public sealed class IndicatorCatalogue
{
    private readonly Dictionary<string, IndicatorDefinition> _byCode;

    /// <summary>All definitions in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> All { get; }

    private IndicatorCatalogue(IReadOnlyList<IndicatorDefinition> all)
    {
        All = all;
        _byCode = all.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with Leefbaar.</summary>
    public static IndicatorCatalogue Default { get; } = LoadEmbedded();

    /// <summary>Builds a catalogue from definitions (tests, user extensions); codes must be unique.</summary>
    public static IndicatorCatalogue From(IEnumerable<IndicatorDefinition> definitions)
    {
        var list = definitions.ToList();
        var dup = list.GroupBy(d => d.Code).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InvalidDataException($"Indicator catalogue lists '{dup.Key}' twice.");
        return new IndicatorCatalogue(list);
    }

    /// <summary>A definition by code, or null.</summary>
    public IndicatorDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>A definition by code, or an error.</summary>
    public IndicatorDefinition Get(string code) => Find(code) ?? throw new KeyNotFoundException($"Indicator '{code}' is not in the catalogue.");

    /// <summary>The environment indicators that may enter a default release.</summary>
    public IEnumerable<IndicatorDefinition> Inputs => All.Where(d => d.Role == IndicatorRole.Input);

    private static IndicatorCatalogue LoadEmbedded()
    {
        using var stream = typeof(IndicatorCatalogue).Assembly.GetManifestResourceStream("Leefbaar.Model.Catalogue.indicators.json")
            ?? throw new InvalidOperationException("Embedded indicator catalogue missing.");
        using var doc = JsonDocument.Parse(stream);
        var list = doc.RootElement.GetProperty("indicators").Deserialize<List<IndicatorDefinition>>()!;
        return From(list);
    }
}

using Leefbaar.Core.Errors;
using Leefbaar.Data.Importers;

namespace Leefbaar.Data.Import;

/// <summary>The importers by manifest format name. New formats register here.</summary>
public sealed class ImporterRegistry
{
    private readonly Dictionary<string, IImporter> _byFormat = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A registry with every built-in importer.</summary>
    public static ImporterRegistry Default()
    {
        var r = new ImporterRegistry();
        r.Add(new WoonIkVeiligImporter());
        r.Add(new Lbm3GeoJsonImporter());
        r.Add(new LbmCsvImporter());
        r.Add(new Lbm2ClassesImporter());
        r.Add(new GeoJsonBoundaryImporter());
        foreach (var extra in ExtraImporters) r.Add(extra());
        return r;
    }

    /// <summary>Factories for importers added in other files of this assembly (keeps this file free of merge churn).</summary>
    internal static readonly List<Func<IImporter>> ExtraImporters = [];

    /// <summary>Registers an importer.</summary>
    public void Add(IImporter importer) => _byFormat[importer.Format] = importer;

    /// <summary>The importer for a format, or an error listing the known formats.</summary>
    public IImporter For(string format) => _byFormat.TryGetValue(format, out var i)
        ? i
        : throw new UnusableDataException($"Unknown format '{format}'; known: {string.Join(", ", _byFormat.Keys.Order())}.");

    /// <summary>Known format names.</summary>
    public IEnumerable<string> Formats => _byFormat.Keys.Order();
}

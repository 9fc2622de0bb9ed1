using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Importers;

/// <summary>Registers the boundary and grid importers (TopoJSON, GeoPackage, zipped shapefiles, CBS grid, map layers) with <see cref="ImporterRegistry.Default"/>.</summary>
internal static class GeoImporterRegistration
{
    /// <summary>Runs once when the assembly loads, before any registry is built.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Fills ImporterRegistry.ExtraImporters before any registry exists, so new formats need no edit of the registry file.")]
    internal static void Register()
    {
        ImporterRegistry.ExtraImporters.Add(() => new TopoJsonImporter());
        ImporterRegistry.ExtraImporters.Add(() => new ShapefileZipImporter());
        ImporterRegistry.ExtraImporters.Add(() => new CbsGridImporter());
        ImporterRegistry.ExtraImporters.Add(() => new GeoPackageImporter());
        ImporterRegistry.ExtraImporters.Add(() => new LayerGeoJsonImporter());
        ImporterRegistry.ExtraImporters.Add(() => new LayerPointCsvImporter());
    }
}

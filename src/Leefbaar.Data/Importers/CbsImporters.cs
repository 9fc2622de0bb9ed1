using System.Runtime.CompilerServices;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Importers;

/// <summary>Registers the CBS tabular importers (StatLine CSV and xlsx, OData JSON, dimension CSV, indicator CSV, event counts) with <see cref="ImporterRegistry.Default"/>.</summary>
internal static class CbsImporters
{
#pragma warning disable CA2255 // registration must happen before any registry is built, without editing the registry file
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        ImporterRegistry.ExtraImporters.Add(() => new StatLineCsvImporter());
        ImporterRegistry.ExtraImporters.Add(() => new ODataJsonImporter());
        ImporterRegistry.ExtraImporters.Add(() => new CbsDimensionCsvImporter());
        ImporterRegistry.ExtraImporters.Add(() => new IndicatorCsvImporter());
        ImporterRegistry.ExtraImporters.Add(() => new EventCountCsvImporter());
        ImporterRegistry.ExtraImporters.Add(() => new StatLineXlsxImporter());
    }
}

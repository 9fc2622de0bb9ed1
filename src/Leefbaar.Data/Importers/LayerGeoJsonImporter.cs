using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads a GeoJSON FeatureCollection of features that are not areas — rail tracks, stations, level crossings,
/// protected townscapes — into map layer option "layer" (RD New). Option "value" names a numeric property kept as
/// the feature's measure; option "encoding" = "latin-1" for ISO-8859-1 files (the RCE townscape export).
/// </summary>
public sealed class LayerGeoJsonImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "layer-geojson";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var layer = entry.Option("layer") ?? throw new UnusableDataException($"Manifest entry '{entry.Id}' needs option \"layer\".");
        var valueProperty = entry.Option("value");
        var latin1 = entry.Option("encoding") is { } e && (e.Equals("latin-1", StringComparison.OrdinalIgnoreCase) || e.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase));
        var before = batch.Layers.Count;
        GeoJsonFeatureReader.Read(path, entry.Crs, feature =>
        {
            if (feature.Geometry is not { IsEmpty: false } geometry) return; // a feature without a place adds nothing to a distance
            var value = valueProperty is null ? double.NaN : JsonFiles.Number(feature.Properties, valueProperty, path, feature.Index) ?? double.NaN;
            batch.Layers.Add((layer, new LayerFeature(geometry, value, entry.Year)));
        }, latin1);
        if (batch.Layers.Count == before)
            throw new ImportException(path, "at least one feature with a geometry", field: "features", found: "none");
    }
}

using System.Text.Json;

namespace Leefbaar.App.Export;

/// <summary>
/// Writes a score row as flat GeoJSON feature properties, one per <see cref="ScoreExportRow.Columns"/> entry, so
/// QGIS and other GIS tools show one attribute column per value and the names match the CSV header.
/// </summary>
public static class ScoreGeoJsonProperties
{
    /// <summary>Writes the properties object of <paramref name="row"/>.</summary>
    public static void Write(Utf8JsonWriter w, ScoreExportRow row)
    {
        w.WriteStartObject();
        var values = row.Values();
        for (var i = 0; i < values.Length; i++)
        {
            var name = ScoreExportRow.Columns[i];
            switch (values[i])
            {
                case string s: w.WriteString(name, s); break;
                case int n: w.WriteNumber(name, n); break;
                case double d when double.IsFinite(d): w.WriteNumber(name, d); break;
                case bool b: w.WriteBoolean(name, b); break;
                default: w.WriteNull(name); break;
            }
        }
        w.WriteEndObject();
    }
}

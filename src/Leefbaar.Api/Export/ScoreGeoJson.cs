using Leefbaar.Api.Contracts;
using Leefbaar.Api.Tiles;
using Leefbaar.App.Export;

namespace Leefbaar.Api.Export;

/// <summary>
/// Writes a score page as a GeoJSON FeatureCollection in WGS84; features without a boundary get a null geometry.
/// Properties are flat and named as the CSV columns (<see cref="ScoreGeoJsonProperties"/>), so QGIS and other
/// GIS tools show one attribute column per value.
/// </summary>
public static class ScoreGeoJson
{
    /// <summary>The GeoJSON bytes.</summary>
    public static byte[] Write(ScorePage page, LevelGeometries? shapes) =>
        FeatureCollectionWriter.Write(page.Items, row => row.Code, row => shapes?.ByCode.GetValueOrDefault(row.Code)?.Geometry,
            (w, row) => ScoreGeoJsonProperties.Write(w, ScoreCsv.Row(row)), w =>
            {
                w.WriteBoolean("demo", page.Demo);
                if (page.Notice is not null) w.WriteString("notice", page.Notice);
                w.WriteString("source", page.Source);
                w.WriteString("level", page.Level);
                w.WriteNumber("year", page.Year);
                w.WriteString("release", page.Release);
                w.WriteNumber("page", page.Page);
                w.WriteNumber("pages", page.Pages);
                w.WriteNumber("total", page.Total);
                if (page.FillRelease is not null) w.WriteString("fillRelease", page.FillRelease);
            });
}

using Leefbaar.Api.Contracts;
using Leefbaar.Api.Tiles;
using Leefbaar.App.Export;

namespace Leefbaar.Api.Export;

/// <summary>Writes a score page as a GeoPackage through the shared <see cref="ScoreGeoPackageWriter"/>: the CSV's columns with each area's WGS84 boundary.</summary>
public static class ScoreGeoPackage
{
    /// <summary>The GeoPackage bytes; areas without a boundary get a NULL geometry.</summary>
    public static byte[] Write(ScorePage page, LevelGeometries? shapes)
    {
        var description = $"Leefbaar {page.Level} {page.Year}, {page.Source} ({page.Release})" +
                          (page.FillRelease is null ? "" : $", aangevuld met model {page.FillRelease}") + (page.Demo ? ". " + page.Notice : "");
        return ScoreGeoPackageWriter.Write(page.Items.Select(ScoreCsv.Row).ToList(), r => shapes?.ByCode.GetValueOrDefault(r.Code)?.Geometry, description);
    }
}

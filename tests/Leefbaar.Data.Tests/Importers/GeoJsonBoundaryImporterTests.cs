using Leefbaar.Core.Areas;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The generic GeoJSON boundary importer on geoinzicht's wijken 2024.</summary>
public sealed class GeoJsonBoundaryImporterTests
{
    [Fact]
    public void Wijken_2024_with_names_parents_and_RD_geometry()
    {
        // wijken_2024.geojson: 3,475 features (3,261 Polygon, 214 MultiPolygon), 3,475 distinct wijkcode values,
        // 3,393 wijken with data plus water and "Buitenland" (WK099899).
        var batch = RealManifest.Read("wijken-2024-geoinzicht");
        Assert.Equal(3_475, batch.CountAreas(AreaLevel.Wijk));
        Assert.Equal(3_475, batch.Areas.Count);
        Assert.Equal(3_475, batch.Geometries.Count);
        Assert.Equal(214, batch.Geometries.Count(g => g.Geometry is MultiPolygon));
        Assert.All(batch.Geometries, g => Assert.Equal(28992, g.Geometry.SRID));
        var stadskern = batch.Area("WK030701", 2024);
        Assert.Equal("Stadskern", stadskern.Name);
        Assert.Equal(AreaCode.Parse("GM0307"), stadskern.Gemeente);
        Assert.Null(stadskern.Wijk);
        Assert.Equal("Buitenland", batch.Area("WK099899", 2024).Name);
    }

    [Fact]
    public void Stadskern_contains_the_centroid_of_its_buurt_Hof_from_another_file()
    {
        // Two independent sources, both reprojected to RD New, must agree where buurt Hof lies.
        var wijk = RealManifest.Read("wijken-2024-geoinzicht").Geometries.Single(g => g.Area.Value == "WK030701").Geometry;
        var hof = new Lbm3BuurtenBatch().Batch.Geometries.Single(g => g.Area.Value == "BU03070100").Geometry;
        Assert.True(wijk.Contains(hof.Centroid));
        Assert.True(wijk.Contains(RdOrigin()), "the RD origin (Onze Lieve Vrouwetoren) lies in Stadskern");
    }

    private static Point RdOrigin() => new GeometryFactory(new PrecisionModel(), 28992).CreatePoint(new Coordinate(155000, 463000));
}

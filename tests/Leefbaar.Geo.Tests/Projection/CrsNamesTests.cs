using Leefbaar.Geo.Projection;

namespace Leefbaar.Geo.Tests.Projection;

/// <summary>CRS names as they occur in GeoJSON crs members, .prj files and manifests.</summary>
public sealed class CrsNamesTests
{
    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::4289", Crs.Amersfoort)]
    [InlineData("EPSG:4289", Crs.Amersfoort)]
    [InlineData("Amersfoort", Crs.Amersfoort)]
    [InlineData("EPSG:28992", Crs.RdNew)]
    [InlineData("urn:ogc:def:crs:EPSG::28992", Crs.RdNew)]
    [InlineData("28992", Crs.RdNew)]
    [InlineData("epsg:28992", Crs.RdNew)]
    [InlineData("Amersfoort / RD New", Crs.RdNew)]
    [InlineData("PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\"]]", Crs.RdNew)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", Crs.Wgs84)]
    [InlineData("EPSG:4326", Crs.Wgs84)]
    [InlineData("urn:ogc:def:crs:EPSG::4326", Crs.Wgs84)]
    [InlineData("wgs84", Crs.Wgs84)]
    [InlineData("WGS 84", Crs.Wgs84)]
    [InlineData("EPSG:4258", Crs.Wgs84)] // ETRS89 is within a metre of WGS84 for our purposes
    [InlineData("  EPSG:28992  ", Crs.RdNew)]
    public void Known_names_parse(string text, Crs expected)
    {
        Assert.Equal(expected, CrsNames.TryParse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("EPSG:3857")]
    [InlineData("EPSG:31370")]
    [InlineData("mercator")]
    public void Unknown_names_give_null(string? text)
    {
        Assert.Null(CrsNames.TryParse(text));
    }
}

using Leefbaar.Geo.Projection;

namespace Leefbaar.Geo.Tests.Projection;

public class PrjCrsTests
{
    [Theory]
    // The .prj of the CBS 2017 shapefiles (kennisnetwerk-fietsendiefstallen): geographic WGS84.
    [InlineData("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", Crs.Wgs84)]
    [InlineData("PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]]],PROJECTION[\"Double_Stereographic\"]]", Crs.RdNew)]
    [InlineData(CoordinateSystems.RdNewWkt, Crs.RdNew)]
    [InlineData("GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]]]", Crs.Wgs84)]
    [InlineData("GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128]]]", Crs.Amersfoort)]
    public void Reads_the_systems_dutch_data_arrives_in(string wkt, Crs expected) => Assert.Equal(expected, PrjCrs.TryParse(wkt));

    [Theory]
    [InlineData("PROJCS[\"WGS_1984_UTM_Zone_31N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]],PROJECTION[\"Transverse_Mercator\"]]")]
    [InlineData("PROJCS[\"WGS_84_Pseudo_Mercator\",GEOGCS[\"GCS_WGS_1984\"],PROJECTION[\"Mercator_Auxiliary_Sphere\"]]")]
    [InlineData("GEOGCS[\"GCS_North_American_1983\"]")]
    [InlineData("")]
    public void Refuses_other_systems_even_on_the_wgs84_datum(string wkt) => Assert.Null(PrjCrs.TryParse(wkt));
}

using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Leefbaar.Geo.Projection;

/// <summary>
/// The coordinate systems Dutch open data arrives in. Geometry is kept in RD New (EPSG:28992) internally;
/// WGS84 (EPSG:4326) and ETRS89 / the old Amersfoort geographic (EPSG:4289, often declared on lon/lat data)
/// are converted with ProjNET using the published 7-parameter Bessel→WGS84 shift (about 1 m accuracy,
/// ample for 100 m cells and buurt polygons).
/// </summary>
public static class CoordinateSystems
{
    /// <summary>EPSG:28992, Amersfoort / RD New, with its TOWGS84 datum shift.</summary>
    public const string RdNewWkt =
        "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]]," +
        "TOWGS84[565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725],AUTHORITY[\"EPSG\",\"6289\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"]," +
        "PARAMETER[\"latitude_of_origin\",52.15616055555555],PARAMETER[\"central_meridian\",5.38763888888889],PARAMETER[\"scale_factor\",0.9999079]," +
        "PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AUTHORITY[\"EPSG\",\"28992\"]]";

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory Transforms = new();

    /// <summary>The RD New projected system.</summary>
    public static readonly ProjectedCoordinateSystem RdNew = (ProjectedCoordinateSystem)Factory.CreateFromWkt(RdNewWkt);

    /// <summary>WGS84 → RD New. ProjNET transforms are immutable and safe to share across threads for MathTransform.Transform(double,double).</summary>
    public static readonly ICoordinateTransformation Wgs84ToRd = Transforms.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, RdNew);

    /// <summary>RD New → WGS84.</summary>
    public static readonly ICoordinateTransformation RdToWgs84 = Transforms.CreateFromCoordinateSystems(RdNew, GeographicCoordinateSystem.WGS84);

    /// <summary>EPSG:4289 (Amersfoort geographic, Bessel) → RD New: a pure projection, no datum shift.</summary>
    public static readonly ICoordinateTransformation AmersfoortToRd = Transforms.CreateFromCoordinateSystems(RdNew.GeographicCoordinateSystem, RdNew);
}

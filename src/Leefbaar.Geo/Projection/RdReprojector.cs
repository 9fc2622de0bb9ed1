using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace Leefbaar.Geo.Projection;

/// <summary>Reprojects NTS geometries into RD New. Stateless and thread-safe.</summary>
public static class RdReprojector
{
    /// <summary>The shared factory for RD New geometries (SRID 28992).</summary>
    public static readonly GeometryFactory RdFactory = new(new PrecisionModel(), 28992);

    /// <summary>Returns a copy of <paramref name="geometry"/> in RD New, given the CRS its coordinates are in.</summary>
    public static Geometry ToRd(Geometry geometry, Crs from)
    {
        if (from == Crs.RdNew)
        {
            var same = RdFactory.CreateGeometry(geometry);
            return same;
        }
        var math = (from == Crs.Amersfoort ? CoordinateSystems.AmersfoortToRd : CoordinateSystems.Wgs84ToRd).MathTransform;
        var copy = RdFactory.CreateGeometry(geometry);
        copy.Apply(new TransformFilter(math));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>Returns a copy in WGS84 lon/lat (SRID 4326), for GeoJSON output and web maps.</summary>
    public static Geometry ToWgs84(Geometry rd)
    {
        var copy = Wgs84Factory.CreateGeometry(rd);
        copy.Apply(new TransformFilter(CoordinateSystems.RdToWgs84.MathTransform));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>The factory for WGS84 output geometries.</summary>
    public static readonly GeometryFactory Wgs84Factory = new(new PrecisionModel(), 4326);

    private sealed class TransformFilter(MathTransform math) : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = math.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}

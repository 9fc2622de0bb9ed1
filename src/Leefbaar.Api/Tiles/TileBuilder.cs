using Leefbaar.Api.Serving;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using NetTopologySuite.Simplify;

namespace Leefbaar.Api.Tiles;

/// <summary>
/// Encodes one Mapbox vector tile of one level: shapes meeting the tile (clipped when much larger than it),
/// simplified to about half a screen pixel at that zoom, with official and model score attributes of one year.
/// Attribute names: code, name, o_afw, o_kscore, o_kwon … o_konv (official), m_afw, m_kscore, m_kwon … m_konv,
/// m_reliable, m_class_low, m_class_high, m_p_weak (Leefbaar model; the last three for buurten of releases with
/// per-area uncertainty).
/// </summary>
public static class TileBuilder
{
    private static readonly IReadOnlyList<string> Dimensions = Leefbaar.Core.Scores.Dimensions.Codes;

    /// <summary>Builds the tile bytes.</summary>
    public static byte[] Build(LevelGeometries shapes, ServingData data, int year, int z, int x, int y)
    {
        var bounds = TileMath.Bounds(z, x, y);
        var buffered = new Envelope(bounds);
        buffered.ExpandBy(bounds.Width / 16, bounds.Height / 16);
        var clip = Leefbaar.Geo.Projection.RdReprojector.Wgs84Factory.ToGeometry(buffered);
        var tolerance = bounds.Width / 1024;
        var official = data.Scores.Layer(ScoreValues.OfficialSource, shapes.Level, year);
        var model = data.Scores.Layer(ScoreValues.ModelSource, shapes.Level, year);

        var layer = new Layer { Name = shapes.Level };
        foreach (var shape in shapes.Query(buffered).OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            var geometry = Prepare(shape.Geometry, buffered, clip, tolerance);
            if (geometry is null || geometry.IsEmpty) continue;
            layer.Features.Add(new Feature(geometry, Attributes(shape.Code, data, official, model)));
        }
        var tile = new VectorTile { TileId = new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z).Id };
        tile.Layers.Add(layer);
        using var stream = new MemoryStream();
        tile.Write(stream);
        return stream.ToArray();
    }

    private static Geometry? Prepare(Geometry geometry, Envelope buffered, Geometry clip, double tolerance)
    {
        var g = geometry;
        // Only shapes far larger than the tile are clipped: cheaper than clipping everything, and small overhangs are harmless.
        if (g.EnvelopeInternal.Width > 2 * buffered.Width || g.EnvelopeInternal.Height > 2 * buffered.Height)
        {
            try { g = g.Intersection(clip); }
            catch (TopologyException) { g = geometry; }
        }
        return DouglasPeuckerSimplifier.Simplify(g, tolerance);
    }

    private static AttributesTable Attributes(string code, ServingData data, ScoreLayer? official, ScoreLayer? model)
    {
        var a = new AttributesTable { { "code", code } };
        if (data.Areas.TryGetValue(code, out var area) && area.Name.Length > 0) a.Add("name", area.Name);
        if (official?.ByCode.GetValueOrDefault(code) is { } o) Add(a, "o_", o);
        if (model?.ByCode.GetValueOrDefault(code) is { } m)
        {
            Add(a, "m_", m);
            if (m.Reliable is { } reliable) a.Add("m_reliable", reliable);
            if (m.PWeak is { } pWeak)
            {
                a.Add("m_p_weak", Math.Round(pWeak, 3));
                if (m.ClassLow is { } low) a.Add("m_class_low", low);
                if (m.ClassHigh is { } high) a.Add("m_class_high", high);
            }
        }
        return a;
    }

    private static void Add(AttributesTable a, string prefix, ScoreValues s)
    {
        if (s.Afw is { } afw) a.Add(prefix + "afw", Math.Round(afw, 4));
        if (s.KTotal is { } k) a.Add(prefix + "kscore", k);
        foreach (var d in Dimensions)
            if (s.Class(d) is { } kd) a.Add(prefix + "k" + d, kd);
    }
}

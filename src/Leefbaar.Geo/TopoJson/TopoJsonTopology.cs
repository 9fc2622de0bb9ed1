using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Leefbaar.Geo.TopoJson;

/// <summary>
/// A decoded TopoJSON Topology: the shared arcs (delta-decoded and de-quantized with the transform when present)
/// and the named objects. Polygons and multipolygons are rebuilt from arc indices (a negative index ~i means
/// arc i reversed), the way the TopoJSON specification defines them. Coordinates come out as stored after the
/// transform (usually lon/lat); reprojection is the caller's job.
/// </summary>
public sealed class TopoJsonTopology
{
    private readonly Coordinate[][] _arcs;
    private readonly double _minRingArea;

    /// <summary>The "objects" member: name → geometry object (often a GeometryCollection).</summary>
    public IReadOnlyDictionary<string, JsonElement> Objects { get; }

    /// <summary>Number of arcs.</summary>
    public int ArcCount => _arcs.Length;

    private TopoJsonTopology(Coordinate[][] arcs, Dictionary<string, JsonElement> objects, double minRingArea) =>
        (_arcs, Objects, _minRingArea) = (arcs, objects, minRingArea);

    /// <summary>Reads the arcs and objects of a Topology root; throws <see cref="FormatException"/> naming the member that is wrong.</summary>
    public static TopoJsonTopology FromRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "Topology")
            throw new FormatException("the root is not a TopoJSON object with \"type\": \"Topology\"");
        if (!root.TryGetProperty("arcs", out var arcsElement) || arcsElement.ValueKind != JsonValueKind.Array)
            throw new FormatException("the Topology has no \"arcs\" array");
        if (!root.TryGetProperty("objects", out var objectsElement) || objectsElement.ValueKind != JsonValueKind.Object)
            throw new FormatException("the Topology has no \"objects\" member");

        var transform = Transform.From(root);
        var arcs = new Coordinate[arcsElement.GetArrayLength()][];
        var i = 0;
        foreach (var arc in arcsElement.EnumerateArray()) arcs[i] = DecodeArc(arc, i++, transform);
        var objects = objectsElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        // A ring on the quantization lattice that is not flat encloses at least half a lattice cell (Pick's theorem);
        // anything smaller is a flat ring whose area is only floating-point noise from the transform.
        var minRingArea = transform is { } t ? 0.25 * Math.Abs(t.ScaleX * t.ScaleY) : 0.0;
        return new TopoJsonTopology(arcs, objects, minRingArea);
    }

    /// <summary>
    /// The geometries of one object: a GeometryCollection yields its members, any other geometry object itself.
    /// </summary>
    public IEnumerable<JsonElement> Members(string objectName)
    {
        var o = Objects[objectName];
        if (o.TryGetProperty("type", out var t) && t.GetString() == "GeometryCollection")
            return o.TryGetProperty("geometries", out var g) && g.ValueKind == JsonValueKind.Array ? g.EnumerateArray() : [];
        return [o];
    }

    /// <summary>
    /// Builds the NTS geometry of one TopoJSON geometry object (Polygon or MultiPolygon); null for a null geometry.
    /// Rings that the quantization collapsed (fewer than four points, or no area) are dropped (a collapsed outer ring drops
    /// its polygon); a ring that does not close throws <see cref="FormatException"/>.
    /// </summary>
    public Geometry? Decode(JsonElement geometry, GeometryFactory factory)
    {
        var type = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is null) return null;
        if (!geometry.TryGetProperty("arcs", out var arcs) || arcs.ValueKind != JsonValueKind.Array)
            throw new FormatException($"a {type} without an \"arcs\" array");
        switch (type)
        {
            case "Polygon":
                return PolygonFrom(arcs, factory) is { } p ? p : factory.CreatePolygon();
            case "MultiPolygon":
                var polygons = arcs.EnumerateArray().Select(p => PolygonFrom(p, factory)).OfType<Polygon>().ToArray();
                return factory.CreateMultiPolygon(polygons);
            default:
                throw new FormatException($"geometry type '{type}' (only Polygon and MultiPolygon are boundaries)");
        }
    }

    private Polygon? PolygonFrom(JsonElement rings, GeometryFactory factory)
    {
        LinearRing? shell = null;
        var holes = new List<LinearRing>();
        var first = true;
        foreach (var ring in rings.EnumerateArray())
        {
            var coordinates = RingFrom(ring);
            var usable = coordinates.Length >= 4 && Area.OfRing(coordinates) > _minRingArea;
            if (first)
            {
                if (!usable) return null;
                shell = factory.CreateLinearRing(coordinates);
                first = false;
            }
            else if (usable)
            {
                holes.Add(factory.CreateLinearRing(coordinates));
            }
        }
        return shell is null ? null : factory.CreatePolygon(shell, holes.ToArray());
    }

    private Coordinate[] RingFrom(JsonElement arcIndices)
    {
        var points = new List<Coordinate>();
        foreach (var index in arcIndices.EnumerateArray())
        {
            var n = index.GetInt32();
            var arcIndex = n >= 0 ? n : ~n;
            if (arcIndex >= _arcs.Length) throw new FormatException($"arc index {n} beyond the {_arcs.Length} arcs");
            var arc = _arcs[arcIndex];
            var count = arc.Length;
            // Consecutive arcs share their joining point: skip the first point of every arc after the first.
            for (var k = points.Count == 0 ? 0 : 1; k < count; k++)
                points.Add((n >= 0 ? arc[k] : arc[count - 1 - k]).Copy());
        }
        RemoveRepeats(points);
        if (points.Count > 0 && !points[0].Equals2D(points[^1]))
            throw new FormatException($"a ring that does not close (starts at {points[0].X}, {points[0].Y}, ends at {points[^1].X}, {points[^1].Y})");
        return points.ToArray();
    }

    // Quantization maps neighbouring vertices onto the same grid point; repeated points carry no shape.
    private static void RemoveRepeats(List<Coordinate> points)
    {
        for (var k = points.Count - 1; k > 0; k--)
            if (points[k].Equals2D(points[k - 1])) points.RemoveAt(k);
    }

    private static Coordinate[] DecodeArc(JsonElement arc, int index, Transform? transform)
    {
        if (arc.ValueKind != JsonValueKind.Array) throw new FormatException($"arc {index} is not an array of positions");
        var result = new Coordinate[arc.GetArrayLength()];
        double x = 0, y = 0;
        var k = 0;
        foreach (var position in arc.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
                throw new FormatException($"arc {index}, position {k} is not [x, y]");
            var px = position[0].GetDouble();
            var py = position[1].GetDouble();
            if (transform is { } tr)
            {
                // Quantized topologies store the first position absolutely and every later one as a delta.
                x += px;
                y += py;
                result[k++] = new Coordinate(x * tr.ScaleX + tr.TranslateX, y * tr.ScaleY + tr.TranslateY);
            }
            else
            {
                result[k++] = new Coordinate(px, py);
            }
        }
        return result;
    }

    private readonly record struct Transform(double ScaleX, double ScaleY, double TranslateX, double TranslateY)
    {
        public static Transform? From(JsonElement root)
        {
            if (!root.TryGetProperty("transform", out var t) || t.ValueKind != JsonValueKind.Object) return null;
            if (!t.TryGetProperty("scale", out var s) || !t.TryGetProperty("translate", out var tr) || s.GetArrayLength() != 2 || tr.GetArrayLength() != 2)
                throw new FormatException("a \"transform\" without two-element \"scale\" and \"translate\"");
            return new Transform(s[0].GetDouble(), s[1].GetDouble(), tr[0].GetDouble(), tr[1].GetDouble());
        }
    }
}

using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Geo.Projection;
using Leefbaar.Geo.TopoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads area boundaries from a TopoJSON Topology (every object, or the one named by option "object"). The code
/// comes from option "code", the usual CBS property names (statcode, …) or the geometry's "id"; geometry is
/// reprojected to RD New like GeoJSON. Coarse quantization can make a ring touch itself: such polygons are
/// repaired with NTS's GeometryFixer so the store only holds valid geometry.
/// </summary>
public sealed class TopoJsonImporter : IImporter
{
    private static readonly GeometryFactory SourceFactory = new();

    /// <inheritdoc/>
    public string Format => "topojson";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var division = entry.DivisionOrYear();
        AreaLevel? level = entry.Level is null ? null : AreaLevels.Parse(entry.Level);
        using var doc = JsonFiles.Parse(path);
        CheckTransform(path, doc.RootElement);
        var topology = Topology(path, doc.RootElement);
        var names = entry.Option("object") is { } only
            ? topology.Objects.ContainsKey(only) ? [only] : throw new ImportException(path, $"an object named '{only}' (option \"object\")", field: "objects", found: string.Join(", ", topology.Objects.Keys))
            : topology.Objects.Keys.Order(StringComparer.Ordinal).ToArray();

        var collector = new BoundaryCollector(path, batch, division, level);
        var declared = CrsNames.TryParse(entry.Crs);
        Crs? crs = null;
        long index = 0, shapes = 0, kept = 0;
        foreach (var name in names)
        {
            foreach (var member in Members(path, topology, name))
            {
                if (member.ValueKind != JsonValueKind.Object)
                    throw new ImportException(path, "a geometry object", feature: index, field: "objects." + name, found: member.ValueKind.ToString());
                var props = member.TryGetProperty("properties", out var p) ? p : default;
                var (field, code) = CodeOf(member, props, entry.Option("code"));
                var raw = Decode(path, topology, member, index);
                Geometry? rd = null;
                if (member.TryGetProperty("type", out _)) shapes++;
                if (raw is { IsEmpty: false })
                {
                    crs ??= CrsCheck.Resolve(path, index, declared, raw, "arcs");
                    CrsCheck.EnsureInside(path, index, crs.Value, raw, "arcs");
                    rd = RdReprojector.ToRd(raw, crs.Value);
                    if (!rd.IsValid) rd = GeometryFixer.Fix(rd);
                    if (!rd.IsEmpty) kept++;
                }
                var nameProp = entry.Option("name") ?? GeoJsonBoundaryImporter.NameNames.FirstOrDefault(n => JsonFiles.Text(props, n) is not null);
                collector.Add(index, field, code, nameProp is null ? null : JsonFiles.Text(props, nameProp), rd);
                index++;
            }
        }
        if (collector.Count == 0) throw new ImportException(path, "at least one geometry in the Topology's objects", field: "objects", found: "(none)");
        // Coarse quantization loses a few slivers; losing most shapes means a broken transform or arcs, not slivers.
        if (shapes > 0 && kept < shapes * MinKeptShare)
            throw new ImportException(path, $"at least {MinKeptShare:P0} of the shapes to decode to a polygon", field: "arcs", found: $"{kept} of {shapes}",
                hint: "check \"transform\" (scale and translate) and the arcs; a zero scale collapses every shape");
    }

    /// <summary>Share of shapes that must survive decoding (the 2014 CBS buurten at 1e3 quantization keep 98 %).</summary>
    public const double MinKeptShare = 0.5;

    private static IEnumerable<JsonElement> Members(string path, TopoJsonTopology topology, string name)
    {
        var o = topology.Objects[name];
        if (o.ValueKind != JsonValueKind.Object) throw new ImportException(path, "a TopoJSON geometry object", field: "objects." + name, found: o.ValueKind.ToString());
        if (o.TryGetProperty("geometries", out var g) && g.ValueKind != JsonValueKind.Array)
            throw new ImportException(path, "a \"geometries\" array", field: "objects." + name + ".geometries", found: g.ValueKind.ToString());
        try
        {
            return topology.Members(name).ToList();
        }
        catch (InvalidOperationException e)
        {
            throw new ImportException(path, "a geometry object with a string \"type\"", field: "objects." + name, found: e.Message, inner: e);
        }
    }

    // The transform must map the integer lattice onto real coordinates: finite, non-zero scale; finite translate.
    private static void CheckTransform(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("transform", out var t) || t.ValueKind != JsonValueKind.Object) return;
        foreach (var member in new[] { "scale", "translate" })
        {
            if (!t.TryGetProperty(member, out var a) || a.ValueKind != JsonValueKind.Array || a.GetArrayLength() != 2
                || a.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d) || (member == "scale" && d == 0)))
                throw new ImportException(path, member == "scale" ? "two finite, non-zero scale factors" : "two finite translate numbers",
                    field: "transform." + member, found: t.TryGetProperty(member, out var f) ? f.GetRawText() : "(missing)",
                    hint: "a zero scale collapses every arc onto one point");
        }
    }

    private static TopoJsonTopology Topology(string path, JsonElement root)
    {
        try
        {
            return TopoJsonTopology.FromRoot(root);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new ImportException(path, "a TopoJSON Topology with \"arcs\", \"objects\" and an optional \"transform\"", found: e.Message, inner: e);
        }
    }

    private static Geometry? Decode(string path, TopoJsonTopology topology, JsonElement member, long index)
    {
        try
        {
            return topology.Decode(member, SourceFactory);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new ImportException(path, "a Polygon or MultiPolygon of closed rings over existing arcs", feature: index, field: "arcs", found: e.Message, inner: e);
        }
    }

    private static (string Field, string? Code) CodeOf(JsonElement member, JsonElement props, string? option)
    {
        if (option is not null) return (option, JsonFiles.Text(props, option));
        foreach (var n in GeoJsonBoundaryImporter.CodeNames)
            if (JsonFiles.Text(props, n) is { } v) return (n, v);
        return ("id", JsonFiles.Text(member, "id"));
    }
}

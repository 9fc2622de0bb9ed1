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
        var topology = Topology(path, doc.RootElement);
        var names = entry.Option("object") is { } only
            ? topology.Objects.ContainsKey(only) ? [only] : throw new ImportException(path, $"an object named '{only}' (option \"object\")", field: "objects", found: string.Join(", ", topology.Objects.Keys))
            : topology.Objects.Keys.Order(StringComparer.Ordinal).ToArray();

        var collector = new BoundaryCollector(path, batch, division, level);
        var declared = CrsNames.TryParse(entry.Crs);
        Crs? crs = null;
        long index = 0;
        foreach (var name in names)
        {
            foreach (var member in topology.Members(name))
            {
                var props = member.TryGetProperty("properties", out var p) ? p : default;
                var (field, code) = CodeOf(member, props, entry.Option("code"));
                var raw = Decode(path, topology, member, index);
                Geometry? rd = null;
                if (raw is { IsEmpty: false })
                {
                    crs ??= CrsCheck.Resolve(path, index, declared, raw, "arcs");
                    rd = RdReprojector.ToRd(raw, crs.Value);
                    if (!rd.IsValid) rd = GeometryFixer.Fix(rd);
                }
                var nameProp = entry.Option("name") ?? GeoJsonBoundaryImporter.NameNames.FirstOrDefault(n => JsonFiles.Text(props, n) is not null);
                collector.Add(index, field, code, nameProp is null ? null : JsonFiles.Text(props, nameProp), rd);
                index++;
            }
        }
        if (collector.Count == 0) throw new ImportException(path, "at least one geometry in the Topology's objects", field: "objects", found: "(none)");
    }

    private static TopoJsonTopology Topology(string path, JsonElement root)
    {
        try
        {
            return TopoJsonTopology.FromRoot(root);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
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

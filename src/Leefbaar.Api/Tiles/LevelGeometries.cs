using Leefbaar.Core.ReadModels;
using Leefbaar.App.Serving;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.IO;

namespace Leefbaar.Api.Tiles;

/// <summary>
/// The boundaries of one level in WGS84, reprojected once from the store's RD New WKB, in an STR-tree for tile
/// queries. Immutable after construction, so safe to share across requests.
/// </summary>
public sealed class LevelGeometries
{
    private readonly STRtree<AreaShape> _tree = new();

    /// <summary>The level.</summary>
    public string Level { get; }

    /// <summary>Shapes by code.</summary>
    public IReadOnlyDictionary<string, AreaShape> ByCode { get; }

    /// <summary>The WGS84 envelope of all shapes.</summary>
    public Envelope Extent { get; } = new();

    /// <summary>Reads and reprojects a level's boundaries from a store file.</summary>
    public static LevelGeometries Load(string storePath, string level)
    {
        return new LevelGeometries(level, StoreSnapshot.Geometries(storePath, level));
    }

    private LevelGeometries(string level, IEnumerable<ServedGeometry> rows)
    {
        Level = level;
        var reader = new WKBReader(RdReprojector.RdFactory.GeometryServices);
        var byCode = new Dictionary<string, AreaShape>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var wgs = RdReprojector.ToWgs84(reader.Read(row.Wkb));
            var shape = new AreaShape(row.Code, wgs);
            byCode[row.Code] = shape;
            _tree.Insert(wgs.EnvelopeInternal, shape);
            Extent.ExpandToInclude(wgs.EnvelopeInternal);
        }
        _tree.Build();
        ByCode = byCode;
    }

    /// <summary>Shapes whose envelope meets the given envelope.</summary>
    public IList<AreaShape> Query(Envelope envelope) => _tree.Query(envelope);
}

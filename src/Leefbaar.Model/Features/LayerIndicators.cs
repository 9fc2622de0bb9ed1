using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Leefbaar.Model.Features;

/// <summary>
/// Indicators measured against a map layer that is not an area, from each area's interior point (its polygon for
/// shares), the way the official characteristics measure proximity (Leefbaarometer 3.0 uses distances from the
/// dwellings; the interior point is the open-data stand-in):
/// layerdist:L (km to the nearest feature), layercount:L:metres (features within a radius),
/// layermax:L:metres (largest measure within a radius, 0 when none — e.g. earthquake magnitude),
/// layershare:L (share of the area's surface inside the layer's polygons — e.g. a protected townscape).
/// </summary>
public sealed class LayerIndicators(IAreaData data)
{
    private readonly Dictionary<string, Layer?> _layers = new();

    /// <summary>The column for one formula (split at ':'), or null when the layer was never imported.</summary>
    public double[]? Compute(FeatureTable table, Geometry?[] geometries, string[] parts)
    {
        if (parts.Length < 2 || Load(parts[1]) is not { } layer) return null;
        return parts[0] switch
        {
            "layerdist" => Each(table, (x, y) => layer.NearestKm(x, y)),
            "layercount" => Each(table, (x, y) => layer.Within(x, y, Metres(parts)).Count()),
            "layermax" => Each(table, (x, y) => layer.Within(x, y, Metres(parts)).Select(f => f.Value).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max()),
            "layershare" => geometries.Select(g => g is null || g.IsEmpty || g.Area <= 0 ? double.NaN : layer.ShareInside(g)).ToArray(),
            _ => null,
        };
    }

    private static double Metres(string[] parts) => double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);

    private static double[] Each(FeatureTable t, Func<double, double, double> measure)
    {
        var result = new double[t.Count];
        Parallel.For(0, t.Count, i => result[i] = double.IsNaN(t.X[i]) ? double.NaN : measure(t.X[i], t.Y[i]));
        return result;
    }

    private Layer? Load(string name)
    {
        if (_layers.TryGetValue(name, out var cached)) return cached;
        var features = data.LayerFeatures(name);
        return _layers[name] = features.Count == 0 ? null : new Layer(features);
    }

    /// <summary>A layer's features in an R-tree; long lines are cut into short pieces so a nearest search stays local.</summary>
    private sealed class Layer
    {
        private const int MaxVerticesPerPiece = 32;
        private readonly STRtree<Piece> _tree = new();

        /// <summary>A piece of feature <paramref name="Feature"/> (its index in the layer) with the feature's measure.</summary>
        private sealed record Piece(int Feature, Geometry Geometry, double Value);

        public Layer(IReadOnlyList<LayerFeature> features)
        {
            for (var k = 0; k < features.Count; k++)
                foreach (var piece in Pieces(features[k].Geometry))
                    _tree.Insert(piece.EnvelopeInternal, new Piece(k, piece, features[k].Value));
            _tree.Build();
        }

        /// <summary>Distance in km to the nearest feature: search a growing square until a candidate lies within it.</summary>
        public double NearestKm(double x, double y)
        {
            var point = new Point(x, y);
            for (var r = 1_000.0; r <= 400_000; r *= 2)
            {
                var best = _tree.Query(new Envelope(x - r, x + r, y - r, y + r)).Select(f => f.Geometry.Distance(point)).DefaultIfEmpty(double.MaxValue).Min();
                if (best <= r) return best / 1000; // nothing outside the square can be closer than r
            }
            return double.NaN;
        }

        /// <summary>Features within <paramref name="metres"/> of the point (each feature once, even when cut into pieces).</summary>
        public IEnumerable<(int Feature, double Value)> Within(double x, double y, double metres)
        {
            var point = new Point(x, y);
            return _tree.Query(new Envelope(x - metres, x + metres, y - metres, y + metres))
                .Where(p => p.Geometry.Distance(point) <= metres)
                .Select(p => (p.Feature, p.Value)).Distinct();
        }

        /// <summary>Share of <paramref name="area"/>'s surface that lies inside the layer's polygons (overlaps counted once, at most 1).</summary>
        public double ShareInside(Geometry area)
        {
            var candidates = _tree.Query(area.EnvelopeInternal).Select(f => f.Geometry).Where(g => g is IPolygonal && g.Intersects(area)).ToList();
            if (candidates.Count == 0) return 0;
            try
            {
                var inside = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(candidates).Intersection(area).Area;
                return Math.Min(1, inside / area.Area);
            }
            catch (TopologyException)
            {
                // An invalid source polygon: fall back to the buffered (repaired) shapes.
                var inside = candidates.Select(c => c.Buffer(0)).Aggregate((a, b) => a.Union(b)).Intersection(area.Buffer(0)).Area;
                return Math.Min(1, inside / area.Area);
            }
        }

        private static IEnumerable<Geometry> Pieces(Geometry g)
        {
            for (var k = 0; k < g.NumGeometries; k++)
            {
                var part = g.GetGeometryN(k);
                if (part is not LineString line || line.NumPoints <= MaxVerticesPerPiece) { yield return part; continue; }
                var coords = line.Coordinates;
                for (var start = 0; start < coords.Length - 1; start += MaxVerticesPerPiece - 1)
                {
                    var end = Math.Min(coords.Length, start + MaxVerticesPerPiece);
                    yield return line.Factory.CreateLineString(coords[start..end]);
                }
            }
        }
    }
}

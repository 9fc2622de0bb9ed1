using Leefbaar.Analysis.Weights;

namespace Leefbaar.App.Reports;

/// <summary>
/// A cluster of the LISA map: buurten of one significant type (LL = low among low, HH = high among high) that are
/// contiguous under the weights the statistic used; named by the gemeenten its residents live in.
/// </summary>
public sealed record HotSpotCluster(string Type, IReadOnlyList<string> Buurten, double Residents, double? MeanValue,
    IReadOnlyList<(string Code, string Name, double Residents)> Gemeenten)
{
    /// <summary>The gemeente with most of the cluster's residents (by buurten when none has residents).</summary>
    public (string Code, string Name, double Residents) Main => Gemeenten[0];
}

/// <summary>The hot-spot analysis of a report: the local Moran run it rests on, the counts per cluster type and the main clusters.</summary>
public sealed record HotSpots(string Release, int Year, string Measure, string Weights, int Permutations, double Alpha, int Areas,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<HotSpotCluster> Clusters, IReadOnlyList<FilledShape> Background, IReadOnlyList<FilledShape> Map)
{
    /// <summary>Set when the statistic ran over this many buurten but is read only for <see cref="Areas"/> of them (the buurten without an official score).</summary>
    public int? ReadFor { get; init; }
}

/// <summary>
/// Turns local Moran rows into clusters: the connected components of the significant areas of one type over the
/// same spatial weights (breadth-first search on the neighbour lists), then merged where their boundaries touch
/// without sharing a vertex (queen contiguity, as in libpysal, only links shared vertices), so a "cluster" is what
/// the map shows as one patch of colour.
/// </summary>
public static class HotSpotClusters
{
    /// <summary>The components of the areas labelled <paramref name="type"/>, as index lists into the weights, largest first.</summary>
    public static List<List<int>> Components(SpatialWeights w, IReadOnlyList<string> labels, string type)
    {
        if (labels.Count != w.N) throw new ArgumentException("One cluster label per area of the weights.");
        var seen = new bool[w.N];
        var result = new List<List<int>>();
        for (var start = 0; start < w.N; start++)
        {
            if (seen[start] || labels[start] != type) continue;
            var component = new List<int>();
            var queue = new Queue<int>();
            queue.Enqueue(start);
            seen[start] = true;
            while (queue.Count > 0)
            {
                var i = queue.Dequeue();
                component.Add(i);
                foreach (var j in w.Neighbours[i])
                    if (!seen[j] && labels[j] == type) { seen[j] = true; queue.Enqueue(j); }
            }
            result.Add(component);
        }
        return result.OrderByDescending(c => c.Count).ToList();
    }

    /// <summary>
    /// Merges components whose areas lie within <paramref name="tolerance"/> metres of each other by their boundaries
    /// (union–find over pairs whose envelopes meet), largest first again.
    /// </summary>
    public static List<List<int>> MergeTouching(List<List<int>> components, Func<int, NetTopologySuite.Geometries.Geometry?> geometry, double tolerance = 0.5)
    {
        var parent = Enumerable.Range(0, components.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var shapes = components.Select(c => c.Select(geometry).Where(g => g is not null).Select(g => g!).ToList()).ToList();
        var envelopes = shapes.Select(list =>
        {
            var e = new NetTopologySuite.Geometries.Envelope();
            foreach (var g in list) e.ExpandToInclude(g.EnvelopeInternal);
            e.ExpandBy(tolerance);
            return e;
        }).ToList();
        for (var a = 0; a < components.Count; a++)
            for (var b = a + 1; b < components.Count; b++)
            {
                if (Find(a) == Find(b) || envelopes[a].IsNull || !envelopes[a].Intersects(envelopes[b])) continue;
                if (shapes[a].Any(x => shapes[b].Any(y => x.EnvelopeInternal.Distance(y.EnvelopeInternal) <= tolerance && x.IsWithinDistance(y, tolerance))))
                    parent[Find(b)] = Find(a);
            }
        return components.Select((c, i) => (c, root: Find(i))).GroupBy(t => t.root)
            .Select(g => g.SelectMany(t => t.c).ToList()).OrderByDescending(c => c.Count).ToList();
    }
}

using Leefbaar.Analysis.Spatial;
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
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<HotSpotCluster> Clusters, IReadOnlyList<FilledShape> Background, IReadOnlyList<FilledShape> Map);

/// <summary>
/// Turns local Moran rows into clusters: the connected components of the significant areas of one type over the
/// same spatial weights (breadth-first search on the neighbour lists), so a "cluster" is what the map shows as one
/// patch of colour.
/// </summary>
public static class HotSpotClusters
{
    /// <summary>The components of the areas labelled <paramref name="type"/>, as index lists into the weights, largest first.</summary>
    public static List<List<int>> Components(SpatialWeights w, IReadOnlyList<LisaRow> rows, string type)
    {
        if (rows.Count != w.N) throw new ArgumentException("One LISA row per area of the weights.");
        var seen = new bool[w.N];
        var result = new List<List<int>>();
        for (var start = 0; start < w.N; start++)
        {
            if (seen[start] || rows[start].Cluster != type) continue;
            var component = new List<int>();
            var queue = new Queue<int>();
            queue.Enqueue(start);
            seen[start] = true;
            while (queue.Count > 0)
            {
                var i = queue.Dequeue();
                component.Add(i);
                foreach (var j in w.Neighbours[i])
                    if (!seen[j] && rows[j].Cluster == type) { seen[j] = true; queue.Enqueue(j); }
            }
            result.Add(component);
        }
        return result.OrderByDescending(c => c.Count).ToList();
    }
}

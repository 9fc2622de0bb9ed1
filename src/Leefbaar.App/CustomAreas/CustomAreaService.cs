using System.Collections.Concurrent;
using Leefbaar.Data.Store;

namespace Leefbaar.App.CustomAreas;

/// <summary>A drawn area's answer: the area as read and its combined score (null when it covers no scored buurt).</summary>
public sealed record CustomAreaAnswer(DrawnArea Area, Model.Scoring.CombinedArea? Combined);

/// <summary>
/// Custom-area scoring for a server: the store is read once per release (buurt scores and boundaries, a few
/// seconds), then every request is answered from memory. Concurrent first requests for a release share one read.
/// </summary>
public sealed class CustomAreaService(string storePath)
{
    private readonly ConcurrentDictionary<string, Lazy<CustomAreaScorer>> _scorers = new(StringComparer.Ordinal);

    /// <summary>Scores the areas of a GeoJSON body with <paramref name="release"/> (null = the store's default release).</summary>
    public async Task<(string Release, List<CustomAreaAnswer> Answers)> Score(byte[] geoJson, string? release, CancellationToken cancel)
    {
        var areas = DrawnAreaReader.FromBytes(geoJson, "request body");
        var scorer = await Task.Run(() => _scorers.GetOrAdd(release ?? "", key => new Lazy<CustomAreaScorer>(() =>
        {
            using var store = LeefbaarStore.Open(storePath, readOnly: true);
            return CustomAreaScorer.FromStore(store, key.Length == 0 ? null : key);
        })).Value, cancel);
        return (scorer.Release.Id, areas.Select(a => new CustomAreaAnswer(a, scorer.Score(a))).ToList());
    }
}

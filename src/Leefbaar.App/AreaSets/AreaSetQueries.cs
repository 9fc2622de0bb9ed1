using System.Collections.Concurrent;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;

namespace Leefbaar.App.AreaSets;

/// <summary>
/// Area sets for a server: the list and each report are read from the store once and kept until the store file
/// changes (a `sets add` while serving shows on the next request), so requests do not open DuckDB each time.
/// </summary>
public sealed class AreaSetQueries(string storePath)
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _cache = new(StringComparer.Ordinal);
    private DateTime _stamp = DateTime.MinValue;
    private readonly Lock _gate = new();

    /// <summary>The stored sets.</summary>
    public IReadOnlyList<AreaSetRow> List() => (IReadOnlyList<AreaSetRow>)Cached("list", store => store.AreaSets());

    /// <summary>The report of one set (errors as <see cref="AreaSetService.Report"/>).</summary>
    public AreaSetReport Report(string id, string? source) => (AreaSetReport)Cached($"report|{id}|{source}", store => AreaSetService.Report(store, id, source));

    private object Cached(string key, Func<LeefbaarStore, object> read)
    {
        lock (_gate)
        {
            var stamp = File.GetLastWriteTimeUtc(storePath);
            if (stamp != _stamp) { _cache.Clear(); _stamp = stamp; }
        }
        var lazy = _cache.GetOrAdd(key, _ => new Lazy<object>(() =>
        {
            using var store = LeefbaarStore.Open(storePath, readOnly: true);
            return read(store);
        }));
        try { return lazy.Value; }
        catch { _cache.TryRemove(key, out _); throw; } // an unknown id is not cached
    }
}

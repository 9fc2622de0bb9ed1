using Leefbaar.Core.Releases;
using System.Collections.Concurrent;
using Leefbaar.Analysis.Inputs;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using NetTopologySuite.Geometries;

namespace Leefbaar.App.Analysis;

/// <summary>
/// <see cref="IAnalysisData"/> over a store file: each slice is read once (a short read-only connection) and then
/// served from memory, so the CLI and the API share one cache and no request holds the database open.
/// Thread-safe; the cache is bounded by the store's content (one entry per release, level, indicator).
/// </summary>
public sealed class StoreAnalysisData : IAnalysisData
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _cache = new(StringComparer.Ordinal);
    private readonly Lock _read = new();
    private readonly Func<LeefbaarStore> _open;
    private readonly bool _owns;

    private StoreAnalysisData(Func<LeefbaarStore> open, bool owns) => (_open, _owns) = (open, owns);

    /// <summary>Reads a store file, opening it read-only for each slice not yet cached.</summary>
    public static StoreAnalysisData OfFile(string storePath) => new(() => LeefbaarStore.Open(storePath, readOnly: true), owns: true);

    /// <summary>Reads through a store the caller keeps open (CLI commands, tests).</summary>
    public static StoreAnalysisData Of(LeefbaarStore store) => new(() => store, owns: false);

    private T Memo<T>(string key, Func<LeefbaarStore, T> read) where T : class
    {
        var lazy = _cache.GetOrAdd(key, _ => new Lazy<object>(() =>
        {
            // DuckDB allows one reader per process per file at a time in read-only mode; reads are short.
            lock (_read)
            {
                var store = _open();
                try { return read(store); }
                finally { if (_owns) store.Dispose(); }
            }
        }));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            // A failed read (the store locked by an import, not there yet) must not stick: the next request reads again.
            _cache.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy));
            throw;
        }
    }

    /// <inheritdoc />
    public string? ReleaseSource(string release) => Memo("source|" + release, s => new Box<string?>(s.ReleaseSource(release))).Value;

    /// <inheritdoc />
    public IReadOnlyList<string> ReleasesAt(string level) => Memo("releases|" + level, s => s.ReleasesAt(level));

    /// <inheritdoc />
    public IReadOnlyList<ReleaseScoreRow> ReleaseScores(string release, string level) =>
        Memo($"scores|{release}|{level}", s => s.ReleaseScores(release, level));

    /// <inheritdoc />
    public IReadOnlyList<DevelopmentRow> Developments(string release, string level) =>
        Memo($"dev|{release}|{level}", s => s.Developments(release, level));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> IndicatorValues(string indicator, string level, int division, int? year = null) =>
        Memo($"ind|{indicator}|{level}|{division}|{year}", s => s.IndicatorValues(indicator, level, division, year));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, AreaRow> AreaRows(string level, int division) =>
        Memo($"areas|{level}|{division}", s => (IReadOnlyDictionary<string, AreaRow>)s.Areas(level, division).ToDictionary(a => a.Code, StringComparer.Ordinal));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string?> Provinces(int division, string level) =>
        Memo($"prov|{division}|{level}", s => s.Provinces(division, level));

    /// <inheritdoc />
    public IReadOnlyList<GeometryCoverage> GeometryCoverage(string level) =>
        Memo("cover|" + level, s => s.GeometryCoverage(level).Select(c => new GeometryCoverage(c.Division, c.Dataset, c.Codes)).ToList());

    /// <inheritdoc />
    public IReadOnlyDictionary<string, Geometry> GeometriesOfDataset(string level, int division, string dataset) =>
        Memo($"geom|{level}|{division}|{dataset}", s => s.GeometriesOfDataset(level, division, dataset));

    /// <summary>The newest official release at a level (and year), or null: the default series of a statistic.</summary>
    public string? NewestOfficialRelease(string level, int? year) =>
        Memo($"newest|{level}|{year}", s => new Box<string?>(ReleasePrecedence.Newest(s.OfficialReleaseYears(level, year)))).Value;

    private sealed record Box<T>(T Value);
}

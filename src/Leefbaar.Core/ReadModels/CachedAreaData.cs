using System.Collections.Concurrent;
using NetTopologySuite.Geometries;

namespace Leefbaar.Core.ReadModels;

/// <summary>
/// Remembers every answer of <paramref name="inner"/>, so two feature builds over the same data (a what-if's before
/// and after) read the store once. Answers are read-only lists and dictionaries, so sharing them is safe.
/// </summary>
public sealed class CachedAreaData(IAreaData inner) : IAreaData
{
    private readonly ConcurrentDictionary<string, object> _memo = new(StringComparer.Ordinal);

    private T Memo<T>(string key, Func<T> read) where T : class => (T)_memo.GetOrAdd(key, _ => read());

    /// <inheritdoc />
    public IReadOnlyList<AreaRow> Areas(string level, int division) => Memo($"a|{level}|{division}", () => inner.Areas(level, division));

    /// <inheritdoc />
    public IReadOnlyList<ObservationRow> Observations(string level, int division) => Memo($"o|{level}|{division}", () => inner.Observations(level, division));

    /// <inheritdoc />
    public IReadOnlyList<ObservationRow> ObservationsOfLevel(string level) => Memo($"ol|{level}", () => inner.ObservationsOfLevel(level));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, Geometry> Geometries(string level, int division) => Memo($"g|{level}|{division}", () => inner.Geometries(level, division));

    /// <inheritdoc />
    public IReadOnlyList<LayerFeature> LayerFeatures(string layer) => Memo($"l|{layer}", () => inner.LayerFeatures(layer));
}

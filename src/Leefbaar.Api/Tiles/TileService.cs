using Leefbaar.Core.Areas;
using System.Collections.Concurrent;
using Leefbaar.Api.Serving;

namespace Leefbaar.Api.Tiles;

/// <summary>
/// Serves vector tiles per level and year: boundaries are loaded and reprojected once per level on first use,
/// and every generated tile is kept in memory (bounded; cleared wholesale when full, tiles are cheap to redo).
/// </summary>
public sealed class TileService(ServingData data)
{
    /// <summary>The levels with boundaries worth drawing.</summary>
    public static readonly string[] Levels = [LevelName.Provincie, LevelName.Gemeente, LevelName.Wijk, LevelName.Buurt];

    private const int MaxCachedTiles = 50_000;

    private readonly ConcurrentDictionary<string, Lazy<LevelGeometries>> _levels = new();
    private readonly ConcurrentDictionary<(string Level, int Year, int Z, int X, int Y), byte[]> _cache = new();

    /// <summary>The boundaries of a level (loaded on first call).</summary>
    public LevelGeometries Shapes(string level) =>
        _levels.GetOrAdd(level, l => new Lazy<LevelGeometries>(() => LevelGeometries.Load(data.ReadPath, l))).Value;

    /// <summary>The tile bytes, from cache when generated before.</summary>
    public byte[] Tile(string level, int year, int z, int x, int y)
    {
        var key = (level, year, z, x, y);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var bytes = TileBuilder.Build(Shapes(level), data, year, z, x, y);
        if (_cache.Count >= MaxCachedTiles) _cache.Clear();
        _cache[key] = bytes;
        return bytes;
    }

    /// <summary>Loads every level's boundaries now, so the first map view does not wait.</summary>
    public void Warm()
    {
        foreach (var level in Levels) Shapes(level);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;

namespace Leefbaar.Geo.Points;

/// <summary>
/// Occupancy bitmap of a grid extent with a prefix count per 64-bit word: the populated-cell index of a key is a
/// word lookup plus one popcount, in ~1/32 of the memory of a dense int map, so it stays in cache in hot loops.
/// </summary>
internal sealed class CellRank
{
    private readonly ulong[] _bits;
    private readonly int[] _before;

    /// <summary>Wraps a filled bitmap (bit k = key k populated) and computes the word prefix counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CellRank(ulong[] bits)
    {
        _bits = bits;
        _before = new int[bits.Length + 1];
        for (var w = 0; w < bits.Length; w++) _before[w + 1] = _before[w] + BitOperations.PopCount(bits[w]);
    }

    /// <summary>An empty bitmap for <paramref name="keys"/> keys.</summary>
    public static ulong[] NewBits(int keys) => new ulong[(keys >> 6) + 1];

    /// <summary>The bitmap of ascending populated keys.</summary>
    public static CellRank FromKeys(int[] keys, int keyCount)
    {
        var bits = NewBits(keyCount);
        foreach (var k in keys) bits[k >> 6] |= 1UL << (k & 63);
        return new CellRank(bits);
    }

    /// <summary>Number of populated cells.</summary>
    public int Count => _before[^1];

    /// <summary>Number of populated keys below <paramref name="key"/> (0 ≤ key ≤ extent size).</summary>
    public int Rank(int key) => _before[key >> 6] + BitOperations.PopCount(_bits[key >> 6] & ((1UL << (key & 63)) - 1));

    /// <summary>Populated-cell index of <paramref name="key"/>, −1 when the key is empty.</summary>
    public int IndexOf(int key) => (_bits[key >> 6] >> (key & 63) & 1) != 0 ? Rank(key) : -1;

    /// <summary>The populated keys in ascending order.</summary>
    public int[] Keys()
    {
        var keys = new int[Count];
        Parallel.For(0, Chunks(_bits.Length), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (c) =>
        {
            var (lo, hi) = (c * WordsPerChunk, Math.Min(_bits.Length, (c + 1) * WordsPerChunk));
            for (var w = lo; w < hi; w++)
            {
                var b = _bits[w]; var at = _before[w];
                while (b != 0) { keys[at++] = (w << 6) + BitOperations.TrailingZeroCount(b); b &= b - 1; }
            }
        });
        return keys;
    }

    /// <summary>Dense map key → populated-cell index (−1 when empty) over <paramref name="keyCount"/> keys.</summary>
    public int[] DenseIndex(int keyCount)
    {
        var map = new int[keyCount];
        Parallel.For(0, Chunks(_bits.Length), c =>
        {
            var (lo, hi) = (c * WordsPerChunk, Math.Min(_bits.Length, (c + 1) * WordsPerChunk));
            for (var w = lo; w < hi; w++)
            {
                var b = _bits[w]; var at = _before[w];
                var end = Math.Min(keyCount, (w + 1) << 6);
                for (var k = w << 6; k < end; k++, b >>= 1) map[k] = (b & 1) != 0 ? at++ : -1;
            }
        });
        return map;
    }

    private const int WordsPerChunk = 1 << 12;
    private static int Chunks(int words) => (words + WordsPerChunk - 1) / WordsPerChunk;
}

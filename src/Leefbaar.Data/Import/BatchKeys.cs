using System.Runtime.CompilerServices;

namespace Leefbaar.Data.Import;

/// <summary>
/// Row keys already read into a batch, kept beside the batch so that a duplicate across the files of one manifest
/// entry (pages, a glob) is reported with its file and line rather than only by the batch-wide check.
/// </summary>
public static class BatchKeys
{
    private static readonly ConditionalWeakTable<ImportBatch, HashSet<string>> Seen = new();

    /// <summary>Records a key; false when the batch already had it.</summary>
    public static bool Add(ImportBatch batch, string key) => Seen.GetOrCreateValue(batch).Add(key);
}

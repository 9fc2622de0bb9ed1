using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;

namespace Leefbaar.Data.Tests.Store;

/// <summary>The rows one dataset holds in each table, counted in SQL, plus its recorded hash.</summary>
internal sealed record StoreCounts(long Areas, long Geometries, long Observations, long Scores, string? Hash)
{
    /// <summary>Counts the rows of <paramref name="dataset"/>.</summary>
    public static StoreCounts Of(LeefbaarStore store, string dataset)
    {
        long Count(string table) => store.Scalar<long>($"SELECT count(*) FROM {table} WHERE dataset = $d", ("d", dataset));
        return new StoreCounts(Count("areas"), Count("geometries"), Count("observations"), Count("official_scores"), store.DatasetHash(dataset));
    }
}

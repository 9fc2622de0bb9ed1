using Leefbaar.Data.Import;

namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    /// <summary>
    /// Writes a batch's indicator units (dataset, indicator, unit) inside the dataset's transaction. The table is
    /// created on first use, so stores made before it existed stay readable; it holds only rows a dataset wrote.
    /// </summary>
    private void WriteIndicatorUnits(string datasetId, ImportBatch batch)
    {
        Execute("CREATE TABLE IF NOT EXISTS indicator_units (dataset VARCHAR, indicator VARCHAR, unit VARCHAR)");
        Execute("DELETE FROM indicator_units WHERE dataset = $id", ("id", datasetId));
        using var appender = _connection.CreateAppender("indicator_units");
        foreach (var (indicator, unit) in batch.IndicatorUnits.OrderBy(u => u.Key, StringComparer.Ordinal))
            appender.CreateRow().AppendValue(datasetId).AppendValue(indicator).AppendValue(unit).EndRow();
    }

    /// <summary>The unit a dataset recorded for an indicator, or null.</summary>
    public string? IndicatorUnit(string indicator)
    {
        if (Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'indicator_units'") == 0) return null;
        return Scalar<string?>("SELECT min(unit) FROM indicator_units WHERE indicator = $i", ("i", indicator));
    }
}

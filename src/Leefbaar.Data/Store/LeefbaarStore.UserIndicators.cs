namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    // Created on first use, so older stores stay readable.
    private const string UserIndicatorDdl =
        "CREATE TABLE IF NOT EXISTS user_indicators (code VARCHAR, definition_json VARCHAR, licence VARCHAR, dataset VARCHAR, added_at TIMESTAMP)";

    /// <summary>
    /// Stores a user dataset's values and its indicator definitions (catalogue entries as JSON) in ONE transaction, so a
    /// failure leaves neither; definitions with the same codes are replaced.
    /// </summary>
    public void ReplaceUserIndicators(string dataset, string file, string hash, Import.ImportBatch values,
        IReadOnlyList<(string Code, string DefinitionJson, string Licence)> definitions, DateTime addedAt)
    {
        Execute(UserIndicatorDdl);
        ReplaceDataset(dataset, "user-indicators", [file], hash, values, beforeCommit: () =>
        {
            foreach (var (code, json, licence) in definitions)
            {
                Execute("DELETE FROM user_indicators WHERE code = $code", ("code", code));
                Execute("INSERT INTO user_indicators VALUES ($code, $json, $licence, $dataset, $at)",
                    ("code", code), ("json", json), ("licence", licence), ("dataset", dataset), ("at", addedAt));
            }
        });
    }

    /// <summary>The stored user indicator definitions: code, definition JSON, licence and dataset.</summary>
    public List<(string Code, string DefinitionJson, string Licence, string Dataset)> UserIndicators()
    {
        if (Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'user_indicators'") == 0) return [];
        return Query("SELECT code, definition_json, licence, dataset FROM user_indicators ORDER BY code",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
    }
}

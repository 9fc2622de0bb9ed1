using Leefbaar.Core.ReadModels;

namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    // Created on first use, so stores made before sets existed stay readable and need no re-import.
    private const string AreaSetDdl = """
        CREATE TABLE IF NOT EXISTS area_sets (id VARCHAR, name VARCHAR, description VARCHAR, source VARCHAR, division_year INTEGER, added_at TIMESTAMP);
        CREATE TABLE IF NOT EXISTS area_set_members (set_id VARCHAR, code VARCHAR, entry VARCHAR);
        """;

    /// <summary>Stores a set, replacing one with the same id, in one transaction.</summary>
    public void WriteAreaSet(AreaSetRow set)
    {
        Execute(AreaSetDdl);
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM area_set_members WHERE set_id = $id", ("id", set.Id));
        Execute("DELETE FROM area_sets WHERE id = $id", ("id", set.Id));
        Execute("INSERT INTO area_sets VALUES ($id, $name, $description, $source, $division, $added)",
            ("id", set.Id), ("name", set.Name), ("description", set.Description), ("source", set.Source), ("division", set.Division), ("added", set.AddedAt));
        using (var appender = _connection.CreateAppender("area_set_members"))
            foreach (var m in set.Members) appender.CreateRow().AppendValue(set.Id).AppendValue(m.Code).AppendValue(m.Entry).EndRow();
        tx.Commit();
    }

    /// <summary>All stored sets with their members, by id.</summary>
    public List<AreaSetRow> AreaSets()
    {
        if (Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'area_sets'") == 0) return [];
        var members = Query("SELECT set_id, code, entry FROM area_set_members ORDER BY set_id, code",
                r => (Set: r.GetString(0), Member: new AreaSetMember(r.GetString(1), r.GetString(2))))
            .GroupBy(m => m.Set).ToDictionary(g => g.Key, g => (IReadOnlyList<AreaSetMember>)g.Select(m => m.Member).ToList());
        return Query("SELECT id, name, description, source, division_year, added_at FROM area_sets ORDER BY id",
            r => new AreaSetRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetDateTime(5), members.GetValueOrDefault(r.GetString(0)) ?? []));
    }
}

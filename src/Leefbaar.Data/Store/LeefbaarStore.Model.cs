using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    /// <summary>All observations of one level and division (every year), for pivoting into a feature table.</summary>
    public List<ObservationRow> Observations(string level, int division) => Query(
        "SELECT code, indicator, year, value FROM observations WHERE level = $level AND division_year = $division",
        r => new ObservationRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDouble(3)),
        ("level", level), ("division", division));

    /// <summary>All observations of one level over every division (PC4 data carries no CBS division).</summary>
    public List<ObservationRow> ObservationsOfLevel(string level) => Query(
        "SELECT code, indicator, year, value FROM observations WHERE level = $level",
        r => new ObservationRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDouble(3)), ("level", level));

    /// <summary>One geometry per area of a level and division (the first dataset's when several hold one), in RD New.</summary>
    public Dictionary<string, Geometry> Geometries(string level, int division)
    {
        var reader = new WKBReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992));
        var rows = Query("SELECT code, arg_min(wkb, dataset) FROM geometries WHERE level = $level AND division_year = $division GROUP BY code",
            r => (r.GetString(0), Blob(r.GetValue(1))), ("level", level), ("division", division));
        return rows.ToDictionary(t => t.Item1, t => reader.Read(t.Item2));
    }

    /// <summary>Official scores of one release, level and year (development rows excluded).</summary>
    public List<OfficialScoreRow> OfficialScores(string release, string level, int year) => Query("""
        SELECT code, year, release, lbm, afw, won, fys, vrz, soc, onv, k_total, k_afw, k_won, k_fys, k_vrz, k_soc, k_onv
        FROM official_scores WHERE release = $release AND level = $level AND year = $year AND dev_class IS NULL ORDER BY code
        """, r => new OfficialScoreRow(r.GetString(0), r.GetInt32(1), r.GetString(2), D(r, 3), D(r, 4), D(r, 5), D(r, 6), D(r, 7), D(r, 8), D(r, 9),
            I(r, 10), I(r, 11), I(r, 12), I(r, 13), I(r, 14), I(r, 15), I(r, 16)),
        ("release", release), ("level", level), ("year", year));

    /// <summary>DuckDB.NET returns BLOBs as streams; geometry readers want bytes.</summary>
    internal static byte[] Blob(object value)
    {
        if (value is byte[] bytes) return bytes;
        using var ms = new MemoryStream();
        ((Stream)value).CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>A missing indicator value is stored as NULL, never NaN (JSON cannot carry NaN).</summary>
    private static double? NullIfNaN(double v) => double.IsNaN(v) ? null : v;

    private static double? D(System.Data.IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
    private static int? I(System.Data.IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    /// <summary>
    /// Replaces a model release's scores, contributions and descriptor in one transaction: a failed write leaves the
    /// previous scores of that release in place.
    /// </summary>
    public void ReplaceModelScores(string release, string target, string releaseJson, string modelCard,
        IReadOnlyCollection<ModelScoreRow> scores, IReadOnlyCollection<ContributionRow> contributions, string? level = null)
    {
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM model_releases WHERE id = $id", ("id", release));
        Execute("INSERT INTO model_releases VALUES ($id, now(), $target, $json, $card)", ("id", release), ("target", target), ("json", releaseJson), ("card", modelCard));
        var levels = scores.Select(s => s.Level).Distinct().ToList();
        foreach (var l in levels)
        {
            Execute("DELETE FROM model_scores WHERE release = $id AND level = $level", ("id", release), ("level", l));
        }
        var codes = contributions.Select(c => (c.Division, c.Year)).Distinct().ToList();
        foreach (var (division, year) in codes)
            Execute("DELETE FROM model_contributions WHERE release = $id AND division_year = $d AND year = $y", ("id", release), ("d", division), ("y", year));
        using (var a = _connection.CreateAppender("model_scores"))
        {
            foreach (var s in scores)
                a.CreateRow().AppendValue(s.Code).AppendValue(s.Level).AppendValue(s.Division).AppendValue(s.Year).AppendValue(s.Release)
                    .AppendValue(s.Afw).AppendValue(s.Won).AppendValue(s.Fys).AppendValue(s.Vrz).AppendValue(s.Soc).AppendValue(s.Onv).AppendValue(s.Lbm)
                    .AppendValue(s.KTotal).AppendValue(s.KAfw).AppendValue(s.KWon).AppendValue(s.KFys).AppendValue(s.KVrz).AppendValue(s.KSoc).AppendValue(s.KOnv)
                    .AppendValue(s.Reliable).AppendValue(s.AfwLower).AppendValue(s.AfwUpper).AppendValue(s.Weight)
                    .AppendValue(s.ClassLow).AppendValue(s.ClassHigh).AppendValue(NullIfNaN(s.PWeak)).EndRow();
        }
        using (var a = _connection.CreateAppender("model_contributions"))
        {
            foreach (var c in contributions)
                a.CreateRow().AppendValue(c.Code).AppendValue(c.Division).AppendValue(c.Year).AppendValue(c.Release).AppendValue(c.Indicator)
                    .AppendValue(c.Dimension).AppendValue(NullIfNaN(c.Value)).AppendValue(NullIfNaN(c.Reference)).AppendValue(c.Contribution).EndRow();
        }
        tx.Commit();
    }
}

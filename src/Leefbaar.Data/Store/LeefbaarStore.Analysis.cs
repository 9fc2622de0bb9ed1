using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    /// <summary>"official" when the release id has official scores, "model" when it is a fitted model release, else null.</summary>
    public string? ReleaseSource(string release)
    {
        if (Scalar<long>("SELECT count(*) FROM official_scores WHERE release = $r", ("r", release)) > 0) return "official";
        return Scalar<long>("SELECT count(*) FROM model_scores WHERE release = $r", ("r", release)) > 0 ? "model" : null;
    }

    /// <summary>The release ids with scores at a level (official first, then model), for error messages and defaults.</summary>
    public List<string> ReleasesAt(string level) => Query("""
        SELECT release FROM (SELECT DISTINCT release, 0 AS o FROM official_scores WHERE level = $l
                             UNION SELECT DISTINCT release, 1 FROM model_scores WHERE level = $l) ORDER BY o, release
        """, r => r.GetString(0), ("l", level));

    /// <summary>Every score of one release at one level (all years; development rows excluded), official or model.</summary>
    public List<ReleaseScoreRow> ReleaseScores(string release, string level)
    {
        var table = ReleaseSource(release) == "model" ? "model_scores" : "official_scores";
        var filter = table == "official_scores" ? " AND dev_class IS NULL" : "";
        return Query($"""
            SELECT code, year, lbm, afw, won, fys, vrz, soc, onv, k_total FROM {table}
            WHERE release = $r AND level = $l{filter} ORDER BY code, year
            """, r => new ReleaseScoreRow(r.GetString(0), r.GetInt32(1), D(r, 2), D(r, 3), D(r, 4), D(r, 5), D(r, 6), D(r, 7), D(r, 8), I(r, 9)),
            ("r", release), ("l", level));
    }

    /// <summary>The published development classes of an official release at a level (LBM 2.0: 7 classes).</summary>
    public List<DevelopmentRow> Developments(string release, string level) => Query("""
        SELECT code, dev_from, year, dev_class FROM official_scores
        WHERE release = $r AND level = $l AND dev_class IS NOT NULL ORDER BY code, dev_from, year
        """, r => new DevelopmentRow(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), ("r", release), ("l", level));

    /// <summary>
    /// One value per area of an indicator at a level and division in one year (null = the newest year held); where
    /// several datasets hold the same value the dataset first by id wins, so the result is deterministic.
    /// </summary>
    public Dictionary<string, double> IndicatorValues(string indicator, string level, int division, int? year = null)
    {
        var newest = Scalar<int>("SELECT coalesce(max(year), -1) FROM observations WHERE indicator = $i AND level = $l AND division_year = $d",
            ("i", indicator), ("l", level), ("d", division));
        var y = year ?? (newest < 0 ? null : newest);
        if (y is null) return new Dictionary<string, double>(StringComparer.Ordinal);
        return Query("""
            SELECT code, arg_min(value, dataset) FROM observations
            WHERE indicator = $i AND level = $l AND division_year = $d AND year = $y GROUP BY code
            """, r => (r.GetString(0), r.GetDouble(1)), ("i", indicator), ("l", level), ("d", division), ("y", y.Value))
            .ToDictionary(t => t.Item1, t => t.Item2, StringComparer.Ordinal);
    }

    /// <summary>The geometries (RD New) one dataset holds for a level and division: a weights matrix must come from one source.</summary>
    public Dictionary<string, Geometry> GeometriesOfDataset(string level, int division, string dataset)
    {
        var reader = new WKBReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992));
        return Query("SELECT code, wkb FROM geometries WHERE level = $l AND division_year = $d AND dataset = $ds",
                r => (r.GetString(0), Blob(r.GetValue(1))), ("l", level), ("d", division), ("ds", dataset))
            .ToDictionary(t => t.Item1, t => reader.Read(t.Item2), StringComparer.Ordinal);
    }

    /// <summary>The datasets holding geometry for a level and division, by id.</summary>
    public List<string> GeometryDatasets(string level, int division) => Query(
        "SELECT DISTINCT dataset FROM geometries WHERE level = $l AND division_year = $d ORDER BY dataset",
        r => r.GetString(0), ("l", level), ("d", division));

    /// <summary>Province code of every area of a level and of every gemeente in one division (parents merged over datasets).</summary>
    public Dictionary<string, string?> Provinces(int division, string level) => Query("""
        SELECT code, max(provincie) FROM areas WHERE division_year = $d AND level IN ('gemeente', $l) GROUP BY code
        """, r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)), ("d", division), ("l", level))
        .ToDictionary(t => t.Item1, t => t.Item2, StringComparer.Ordinal);

    /// <summary>Every (division, dataset) holding geometry of a level, with the codes it covers.</summary>
    public List<(int Division, string Dataset, List<string> Codes)> GeometryCoverage(string level) => Query("""
        SELECT division_year, dataset, list(code ORDER BY code) FROM geometries WHERE level = $l GROUP BY division_year, dataset
        ORDER BY division_year, dataset
        """, r => (r.GetInt32(0), r.GetString(1), (List<string>)r.GetValue(2)), ("l", level));

    /// <summary>The official releases with scores at a level (and year) and the newest year each holds; which wins is Core's ReleasePrecedence.</summary>
    public List<(string Release, int NewestYear)> OfficialReleaseYears(string level, int? year) => Query("""
        SELECT release, max(year) FROM official_scores WHERE level = $l AND ($y IS NULL OR year = $y) AND dev_class IS NULL
        GROUP BY release ORDER BY release
        """, r => (r.GetString(0), r.GetInt32(1)), ("l", level), ("y", year));
}

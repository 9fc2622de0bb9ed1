using Leefbaar.Core.ReadModels;
namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    /// <summary>Distinct areas per level and division year.</summary>
    public List<LevelCount> LevelCounts() => Query("""
        WITH a AS (SELECT DISTINCT code, level, division_year FROM areas),
             o AS (SELECT DISTINCT code, division_year FROM observations),
             g AS (SELECT DISTINCT code, division_year FROM geometries)
        SELECT a.level, a.division_year, count(*),
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM o WHERE o.code = a.code AND o.division_year = a.division_year)),
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM g WHERE g.code = a.code AND g.division_year = a.division_year))
        FROM a GROUP BY ALL ORDER BY a.division_year DESC, a.level
        """, r => new LevelCount(r.GetString(0), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)));

    /// <summary>Areas per indicator, source, level and division, with the years present; ordered by the whole key, so `info` prints the same every run.</summary>
    public List<IndicatorCount> IndicatorCounts() => Query("""
        SELECT indicator, source, level, division_year,
               string_agg(DISTINCT CAST(year AS VARCHAR), ',' ORDER BY CAST(year AS VARCHAR)), count(DISTINCT code)
        FROM observations GROUP BY ALL ORDER BY indicator, source, level, division_year
        """, r => new IndicatorCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetInt64(5)));

    /// <summary>Official scores per release, level and year.</summary>
    public List<ScoreCount> ScoreCounts() => Query("""
        SELECT release, level, year, count(DISTINCT code),
               count(DISTINCT code) FILTER (WHERE lbm IS NOT NULL), count(DISTINCT code) FILTER (WHERE afw IS NOT NULL),
               count(DISTINCT code) FILTER (WHERE k_total IS NOT NULL), count(*) FILTER (WHERE dev_class IS NOT NULL)
        FROM official_scores GROUP BY ALL ORDER BY release, level, year
        """, r => new ScoreCount(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)));

    /// <summary>The imported datasets.</summary>
    public List<DatasetRow> Datasets() => Query(
        "SELECT id, format, hash, imported_at, areas, observations, scores, geometries FROM datasets ORDER BY id",
        r => new DatasetRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDateTime(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)));

    /// <summary>
    /// Areas of one level and division, one row per code (names and parents merged over datasets), optionally
    /// within one gemeente.
    /// </summary>
    public List<AreaRow> Areas(string level, int division, string? gemeente = null) => Query("""
        SELECT code, level, division_year,
               coalesce(max(name) FILTER (WHERE name <> ''), ''), max(wijk), max(gemeente), max(provincie)
        FROM areas WHERE level = $level AND division_year = $division
        GROUP BY code, level, division_year
        HAVING $gm IS NULL OR max(gemeente) = $gm OR code = $gm
        ORDER BY code
        """, r => new AreaRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3),
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)),
        ("level", level), ("division", division), ("gm", gemeente));
}

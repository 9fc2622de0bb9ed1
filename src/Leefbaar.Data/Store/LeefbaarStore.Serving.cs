using Leefbaar.Core.ReadModels;
using System.Data;

namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    /// <summary>Every area once per code, from its newest division, names and parents merged over datasets.</summary>
    public List<AreaRow> AllAreasNewestDivision() => Query("""
        WITH merged AS (
            SELECT code, level, division_year,
                   coalesce(max(name) FILTER (WHERE name <> ''), '') AS name, max(wijk) AS wijk, max(gemeente) AS gemeente,
                   max(provincie) AS provincie
            FROM areas GROUP BY code, level, division_year)
        SELECT code, level, division_year, name, wijk, gemeente, provincie FROM merged
        QUALIFY row_number() OVER (PARTITION BY code ORDER BY division_year DESC) = 1
        ORDER BY code
        """, r => new AreaRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3),
            NullableString(r, 4), NullableString(r, 5), NullableString(r, 6)));

    /// <summary>All official scores, ordered by code, release and year.</summary>
    public List<ServedOfficialScore> AllOfficialScores() => Query("""
        SELECT code, level, year, release, lbm, afw, won, fys, vrz, soc, onv,
               k_total, k_afw, k_won, k_fys, k_vrz, k_soc, k_onv, dev_class, dev_from
        FROM official_scores ORDER BY code, release, year
        """, r => new ServedOfficialScore(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3),
            D(r, 4), D(r, 5), D(r, 6), D(r, 7), D(r, 8), D(r, 9), D(r, 10),
            I(r, 11), I(r, 12), I(r, 13), I(r, 14), I(r, 15), I(r, 16), I(r, 17), I(r, 18), I(r, 19)));

    /// <summary>All model scores (empty until a model is fitted and scored).</summary>
    public List<ServedModelScore> AllModelScores() => Query("""
        SELECT code, level, division_year, year, release, afw, won, fys, vrz, soc, onv, lbm,
               k_total, k_afw, k_won, k_fys, k_vrz, k_soc, k_onv, reliable, afw_lower, afw_upper, weight,
               class_low, class_high, p_weak
        FROM model_scores ORDER BY code, release, year
        """, r => new ServedModelScore(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
            D(r, 5), D(r, 6), D(r, 7), D(r, 8), D(r, 9), D(r, 10), D(r, 11),
            I(r, 12), I(r, 13), I(r, 14), I(r, 15), I(r, 16), I(r, 17), I(r, 18),
            r.IsDBNull(19) ? null : r.GetBoolean(19), D(r, 20), D(r, 21), D(r, 22), I(r, 23), I(r, 24), D(r, 25)));

    /// <summary>All indicator values.</summary>
    public List<ServedObservation> AllObservations() => Query(
        "SELECT code, division_year, year, indicator, value, source FROM observations ORDER BY code, indicator, year",
        r => new ServedObservation(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetDouble(4), r.GetString(5)));

    /// <summary>All indicator contributions of the model releases.</summary>
    public List<ServedContribution> AllContributions() => Query("""
        SELECT code, division_year, year, release, indicator, dimension,
               CASE WHEN isnan(value) THEN NULL ELSE value END, reference, contribution
        FROM model_contributions ORDER BY code, release, year, indicator
        """, r => new ServedContribution(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5),
            D(r, 6), D(r, 7), D(r, 8)));

    /// <summary>The model releases, newest first.</summary>
    public List<ServedModelRelease> ModelReleases() => Query(
        "SELECT id, created_at, target, coalesce(release_json, ''), coalesce(model_card_md, '') FROM model_releases ORDER BY created_at DESC, id",
        r => new ServedModelRelease(r.GetString(0), r.GetDateTime(1), r.GetString(2), r.GetString(3), r.GetString(4)));

    /// <summary>One boundary per code of a level in its newest division (several datasets may hold one; the first by dataset id wins).</summary>
    public List<ServedGeometry> NewestGeometries(string level) => Query("""
        SELECT code, level, division_year, wkb FROM geometries WHERE level = $level
        QUALIFY row_number() OVER (PARTITION BY code ORDER BY division_year DESC, dataset) = 1
        ORDER BY code
        """, r => new ServedGeometry(r.GetString(0), r.GetString(1), r.GetInt32(2), Bytes(r.GetValue(3))), ("level", level));

    // DuckDB.NET hands BLOBs out as a stream over native memory; copy them before the reader moves on.
    private static byte[] Bytes(object value)
    {
        if (value is byte[] bytes) return bytes;
        using var copy = new MemoryStream();
        ((Stream)value).CopyTo(copy);
        return copy.ToArray();
    }

    private static string? NullableString(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}

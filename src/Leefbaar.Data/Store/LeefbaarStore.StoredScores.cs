using Leefbaar.Core.ReadModels;

namespace Leefbaar.Data.Store;

/// <summary>Reads back what `fit` published for a release, so one area can be explained without rebuilding the national feature table.</summary>
public sealed partial class LeefbaarStore
{
    /// <summary>Stored model scores of a release for the given codes of one level (null = all), ordered by code.</summary>
    public List<ModelScoreRow> StoredModelScores(string release, string level, IReadOnlyCollection<string>? codes = null) => Query($"""
        SELECT code, level, division_year, year, release, afw, won, fys, vrz, soc, onv, lbm,
               k_total, k_afw, k_won, k_fys, k_vrz, k_soc, k_onv, reliable, afw_lower, afw_upper, weight,
               class_low, class_high, p_weak
        FROM model_scores WHERE release = $release AND level = $level
        {(codes is null ? "" : $"AND code IN ({string.Join(", ", codes.Select((_, i) => $"$c{i}"))})")}
        ORDER BY code
        """, r => new ModelScoreRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
            r.GetDouble(5), r.GetDouble(6), r.GetDouble(7), r.GetDouble(8), r.GetDouble(9), r.GetDouble(10), r.GetDouble(11),
            r.GetInt32(12), r.GetInt32(13), r.GetInt32(14), r.GetInt32(15), r.GetInt32(16), r.GetInt32(17), r.GetInt32(18),
            !r.IsDBNull(19) && r.GetBoolean(19), r.GetDouble(20), r.GetDouble(21), r.GetDouble(22),
            r.IsDBNull(23) ? null : r.GetInt32(23), r.IsDBNull(24) ? null : r.GetInt32(24), r.IsDBNull(25) ? double.NaN : r.GetDouble(25)),
        [("release", release), ("level", level), .. (codes ?? []).Select((c, i) => ($"c{i}", (object?)c))]);

    /// <summary>The stored indicator values and contributions of one area under a release (missing values as NaN).</summary>
    public List<ContributionRow> StoredContributions(string release, string code) => Query("""
        SELECT code, division_year, year, release, indicator, dimension, value, reference, contribution
        FROM model_contributions WHERE release = $release AND code = $code ORDER BY indicator
        """, r => new ContributionRow(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.IsDBNull(6) ? double.NaN : r.GetDouble(6), r.IsDBNull(7) ? double.NaN : r.GetDouble(7), r.GetDouble(8)),
        ("release", release), ("code", code));
}

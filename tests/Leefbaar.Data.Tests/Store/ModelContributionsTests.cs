using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Store;

/// <summary>Model contributions of indicators an area lacks must come back as null: JSON cannot carry NaN (a profile once failed on it).</summary>
public sealed class ModelContributionsTests
{
    [Fact]
    public void A_missing_indicator_value_is_stored_and_served_as_null()
    {
        using var dir = new TempDir();
        using var store = LeefbaarStore.Open(dir.File("store.duckdb"));
        var score = new ModelScoreRow("BU03070100", "buurt", 2024, 2024, "r1", 0.1, 0.02, 0.01, 0.05, 0.01, 0.01, 4.1456, 7, 6, 5, 5, 6, 5, 5, true, 0.0, 0.2, 735);
        store.ReplaceModelScores("r1", "lbm3-2024", "{}", "# card", [score],
        [
            new ContributionRow("BU03070100", 2024, 2024, "r1", "owner_occupied_pct", "won", double.NaN, 74, -0.02),
            new ContributionRow("BU03070100", 2024, 2024, "r1", "crime_per_1000", "onv", 52.5, 30.1, -0.03),
        ]);

        var rows = store.AllContributions().OrderBy(c => c.Indicator).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Null(rows[1].Value);
        Assert.Equal(-0.02, rows[1].Contribution);
        Assert.Equal(52.5, rows[0].Value);
    }
}

using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>
/// Every import ends with one summary (imported / unchanged / missing / failed with the reason / not reached) and a
/// non-zero exit code when a dataset failed; --keep-going imports past the failure.
/// </summary>
public sealed class ImportSummaryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private (string Data, string Manifest) ThreeDatasets()
    {
        var data = _dir.File("data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "a.csv"), "PC4,jaar,lbm,afw\n3811,2022,4.2,0.1\n3812,2022,4.0,-0.05\n");
        File.WriteAllText(Path.Combine(data, "bad.csv"), "PC4,jaar,lbm,afw\n3811,2022,4.2,0.1\n3812,2022,veel,0.1\n");
        File.WriteAllText(Path.Combine(data, "c.csv"), "PC4,jaar,lbm,afw\n3813,2020,3.9,-0.1\n");
        var manifest = _dir.File("manifest.json");
        File.WriteAllText(manifest, """
            { "datasets": [
              { "id": "first", "path": "a.csv", "format": "lbm-csv", "release": "test-a" },
              { "id": "broken", "path": "bad.csv", "format": "lbm-csv", "release": "test-b" },
              { "id": "last", "path": "c.csv", "format": "lbm-csv", "release": "test-c" } ] }
            """);
        return (data, manifest);
    }

    private static string[] Datasets(string store)
    {
        using var s = LeefbaarStore.Open(store, readOnly: true);
        return s.Datasets().Select(d => d.Id).ToArray();
    }

    private static string SummaryLine(CliResult r) => Assert.Single(r.ErrorLines, l => l.Contains(" imported, "));

    [Fact]
    public void Without_keep_going_the_import_stops_at_the_failure_and_says_what_was_not_reached()
    {
        var (data, manifest) = ThreeDatasets();
        var store = _dir.File("stop.duckdb");
        var r = CliProcess.Run("import", "--data", data, "--manifest", manifest, "--store", store);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("1 imported, 0 unchanged, 0 missing, 1 failed, 1 not reached", SummaryLine(r));
        var error = Assert.Single(r.ErrorLines, l => l.StartsWith("error:"));
        Assert.Contains("broken:", error);
        Assert.Contains("bad.csv, line 3, field 'lbm': found 'veel'", error);
        Assert.Equal(["first"], Datasets(store));
    }

    [Fact]
    public void With_keep_going_every_other_dataset_is_imported_and_the_exit_code_still_says_one_failed()
    {
        var (data, manifest) = ThreeDatasets();
        var store = _dir.File("go.duckdb");
        var r = CliProcess.Run("import", "--keep-going", "--data", data, "--manifest", manifest, "--store", store);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("2 imported, 0 unchanged, 0 missing, 1 failed, 0 not reached", SummaryLine(r));
        Assert.Equal(["first", "last"], Datasets(store));
        Assert.Contains(r.ErrorLines, l => l.StartsWith("[2/3] broken: failed", StringComparison.Ordinal));

        // Fixed file: the next run imports only it and exits 0.
        File.WriteAllText(Path.Combine(data, "bad.csv"), "PC4,jaar,lbm,afw\n3811,2022,4.2,0.1\n3812,2022,4.1,0.1\n");
        var fixedRun = CliProcess.Run("import", "--keep-going", "--data", data, "--manifest", manifest, "--store", store);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.Error);
        Assert.StartsWith("1 imported, 2 unchanged, 0 missing, 0 failed, 0 not reached", SummaryLine(fixedRun));
        Assert.Equal(["broken", "first", "last"], Datasets(store));
    }
}

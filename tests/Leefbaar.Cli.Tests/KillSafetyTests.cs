using System.Diagnostics;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>
/// An import killed part-way (SIGKILL, after some datasets committed and before the last) leaves a store whose every
/// dataset is complete: the old one or the new one. The child reports "[k/N] id: outcome" after each commit, so the
/// test knows the kill landed mid-import and asserts it did. A second import into a store being written fails clearly.
/// </summary>
public sealed class KillSafetyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static int ManifestCount => Leefbaar.Data.Manifest.DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json")).Datasets.Count;

    /// <summary>Reads the child's progress lines until dataset <paramref name="k"/> has committed; returns the lines read.</summary>
    private static List<string> ReadUntilCommitted(Process p, int k)
    {
        var lines = new List<string>();
        while (p.StandardError.ReadLine() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith($"[{k}/", StringComparison.Ordinal)) return lines;
        }
        throw new InvalidOperationException($"the import ended before dataset {k} committed:\n{string.Join('\n', lines)}");
    }

    private static void AssertEveryDatasetWhole(string store)
    {
        using var s = LeefbaarStore.Open(store, readOnly: true);
        var datasets = s.Datasets();
        Assert.Equal(ManifestCount, datasets.Count);
        foreach (var d in datasets)
        {
            long Count(string table) => s.Scalar<long>($"SELECT count(*) FROM {table} WHERE dataset = $d", ("d", d.Id));
            Assert.Equal((d.Id, d.Areas, d.Observations, d.Scores, d.Geometries),
                (d.Id, Count("areas"), Count("observations"), Count("official_scores"), Count("geometries")));
        }
    }

    [Fact]
    public void Killing_a_forced_reimport_mid_way_leaves_every_dataset_whole()
    {
        var store = _dir.File("store.duckdb");
        Assert.Equal(0, CliProcess.Run("import", "--data", SharedData.Require("."), "--store", store).ExitCode);
        var n = ManifestCount;
        var rng = new Random(14);
        // Three kills at seeded points between the first commit and the second-to-last.
        foreach (var k in Enumerable.Range(0, 3).Select(_ => rng.Next(1, n - 1)))
        {
            using (var p = CliProcess.Start("import", "--force", "--data", SharedData.Require("."), "--store", store))
            {
                var lines = ReadUntilCommitted(p, k);
                p.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no DuckDB checkpoint
                p.WaitForExit();
                Assert.Equal(137, p.ExitCode); // 128 + SIGKILL: killed, not finished
                Assert.DoesNotContain(lines, l => l.StartsWith($"[{n}/", StringComparison.Ordinal) || l.Contains(" imported, "));
            }
            AssertEveryDatasetWhole(store);
        }
        // The store is usable after the kills: a normal import completes and finds every dataset.
        var after = CliProcess.Run("import", "--data", SharedData.Require("."), "--store", store);
        Assert.True(after.ExitCode == 0, after.Error);
        AssertEveryDatasetWhole(store);
    }

    [Fact]
    public void A_second_import_into_a_store_being_written_fails_clearly_and_the_first_finishes()
    {
        var store = _dir.File("busy.duckdb");
        using var first = CliProcess.Start("import", "--data", SharedData.Require("."), "--store", store);
        var stderr = new List<string>(ReadUntilCommitted(first, 1));
        var second = CliProcess.Run("import", "--data", SharedData.Require("."), "--store", store);
        Assert.Equal(1, second.ExitCode);
        var error = Assert.Single(second.ErrorLines, l => l.StartsWith("error:"));
        Assert.Contains("in use by another process", error);
        Assert.Contains("busy.duckdb", error);
        Assert.DoesNotContain("   at ", second.Error);
        while (first.StandardError.ReadLine() is { } line) stderr.Add(line);
        first.WaitForExit();
        Assert.True(first.ExitCode == 0, string.Join('\n', stderr));
        Assert.Contains(stderr, l => l.StartsWith($"{ManifestCount} imported, 0 unchanged, 0 missing, 0 failed, 0 not reached", StringComparison.Ordinal));
        AssertEveryDatasetWhole(store);
    }
}

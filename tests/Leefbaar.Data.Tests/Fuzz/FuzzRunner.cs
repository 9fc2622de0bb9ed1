using Leefbaar.Data.Import;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Fuzz;

/// <summary>The outcome counts of one fuzz run and every input that crashed or hung.</summary>
internal sealed record FuzzReport(string Target, int Inputs, int Accepted, int Refused, int BatchRefused, List<string> Failures, TimeSpan Elapsed)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Target}: {Inputs} inputs in {Elapsed.TotalSeconds:F1} s: {Accepted} imported, {Refused} ImportException, {BatchRefused} batch duplicate refusals, {Failures.Count} crashes/hangs";
}

/// <summary>
/// Runs seeded mutations of a target's seed through its importer, each in a fresh data folder and with a timeout:
/// success, <see cref="ImportException"/> or the batch-level duplicate refusal are fine; any other exception or a
/// hang is a failure with the mutation that caused it.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Fuzzes <paramref name="target"/> with <paramref name="iterations"/> inputs from <paramref name="seed"/>.</summary>
    public static FuzzReport Run(FuzzTarget target, int iterations, int seed, TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Not HashCode.Combine: it is seeded per process, and a finding's input number must replay in another run.
        var random = new Random(unchecked(seed * 1_000_003 + StableHash(target.Name)));
        int accepted = 0, refused = 0, batch = 0;
        var failures = new List<string>();
        using var dir = new TempDir();
        for (var i = 0; i < iterations; i++)
        {
            var bytes = Mutator.Mutate(target.Seed, random, out var what);
            var data = Path.Combine(dir.Path, "d" + (i % 4));
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
            var file = Path.Combine(data, target.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
            var run = Task.Run(() => target.Read(data, file));
            try
            {
                if (!run.Wait(timeout))
                {
                    failures.Add($"#{i} {what}: no result within {timeout.TotalSeconds} s (hang){Keep(target, i, bytes)}");
                    break; // the hung thread keeps the folder busy; stop this target
                }
                accepted++;
            }
            catch (AggregateException ae) when (ae.InnerException is ImportException)
            {
                refused++;
            }
            catch (AggregateException ae) when (ae.InnerException is InvalidDataException ide && ide.Message.StartsWith("Dataset '", StringComparison.Ordinal))
            {
                batch++;
            }
            catch (AggregateException ae)
            {
                var e = ae.InnerException!;
                failures.Add($"#{i} {what}: {e.GetType().Name}: {e.Message.Split('\n')[0]} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}{Keep(target, i, bytes)}");
            }
        }
        return new FuzzReport(target.Name, accepted + refused + batch + failures.Count, accepted, refused, batch, failures, watch.Elapsed);
    }

    // LEEFBAAR_FUZZ_KEEP=folder keeps the input of every finding there, to become a regression test.
    private static string Keep(FuzzTarget target, int i, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("LEEFBAAR_FUZZ_KEEP") is not { Length: > 0 } folder) return "";
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{target.Name}-{i}{Path.GetExtension(target.RelativePath)}");
        File.WriteAllBytes(file, bytes);
        return $" (input kept as {Path.GetFileName(file)})";
    }

    private static int StableHash(string s) => s.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}

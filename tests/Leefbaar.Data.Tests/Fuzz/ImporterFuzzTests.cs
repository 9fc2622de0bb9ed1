using Xunit.Abstractions;

namespace Leefbaar.Data.Tests.Fuzz;

/// <summary>
/// Mutation fuzzing of every importer: each outcome must be success or a typed refusal, never another exception and
/// never a hang. The default run is a short deterministic smoke test; LEEFBAAR_FUZZ_ITERATIONS (inputs per importer)
/// and LEEFBAAR_FUZZ_SEED make the long run described in docs/reliability.md (LEEFBAAR_FUZZ_TARGETS: only these targets).
/// </summary>
public sealed class ImporterFuzzTests(ITestOutputHelper output)
{
    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("LEEFBAAR_FUZZ_ITERATIONS"), out var n) ? n : 40;
    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("LEEFBAAR_FUZZ_SEED"), out var s) ? s : 14;

    // LEEFBAAR_FUZZ_TARGETS=a,b limits a long run to some targets (e.g. one process per group of targets).
    public static TheoryData<string> Targets() => new(Environment.GetEnvironmentVariable("LEEFBAAR_FUZZ_TARGETS") is { Length: > 0 } only
        ? FuzzTargets.Names.Where(only.Split(',', StringSplitOptions.TrimEntries).Contains)
        : FuzzTargets.Names);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_real_input_gives_success_or_a_typed_error(string target)
    {
        var report = FuzzRunner.Run(FuzzTargets.Get(target), Iterations, Seed, TimeSpan.FromSeconds(20));
        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("LEEFBAAR_FUZZ_REPORT") is { Length: > 0 } file)
            File.AppendAllLines(file, [report.ToString(), .. report.Failures.Select(f => "  " + f)]);
        Assert.Equal(Iterations, report.Inputs);
        Assert.True(report.Refused > 0, "no mutation was refused: the fuzzer is not reaching the importer");
        Assert.Empty(report.Failures);
    }
}

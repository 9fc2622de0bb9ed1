using System.CommandLine;

namespace Leefbaar.Cli.Commands;

/// <summary>Options every command shares; part of the public CLI contract.</summary>
public static class CommonOptions
{
    /// <summary>The default store file, relative to the working directory.</summary>
    public const string DefaultStore = ".leefbaar/store.duckdb";

    /// <summary>--store: the DuckDB store file.</summary>
    public static Option<string> Store() => new("--store")
    {
        Description = $"Store file (DuckDB). Default: {DefaultStore}",
        DefaultValueFactory = _ => DefaultStore,
    };

    /// <summary>--out: write results to a file instead of standard output.</summary>
    public static Option<string?> Out() => new("--out") { Description = "Write the result to this file instead of standard output." };

    /// <summary>--format csv|json (|geojson where offered).</summary>
    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", allowed)}.", DefaultValueFactory = _ => allowed[0] };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}

using System.Diagnostics;

namespace Leefbaar.Cli.Tests;

/// <summary>What one run of the CLI printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the built CLI (leefbaar.dll, copied next to the tests by the project reference) as a separate process.</summary>
public static class CliProcess
{
    /// <summary>The CLI assembly in the test output folder.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "leefbaar.dll");

    /// <summary>Starts the CLI without waiting; for the kill test.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>Runs the CLI to completion (at most eight minutes: a full import on a busy two-core machine).</summary>
    public static CliResult Run(params string[] args)
    {
        using var p = Start(args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"leefbaar {string.Join(' ', args)} did not finish");
        }
        return new CliResult(p.ExitCode, stdout.Result, stderr.Result);
    }
}

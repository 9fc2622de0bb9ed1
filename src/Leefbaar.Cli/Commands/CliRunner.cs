using System.CommandLine;
using Leefbaar.Core.Errors;
using Leefbaar.Data.Import;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>Runs the command line and turns every expected failure into one clear message and a non-zero exit code.</summary>
public static class CliRunner
{
    /// <summary>Parses and invokes; exit code 0 on success, 1 on a user-facing error, 2 on a usage error.</summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsUserFacing(e))
        {
            Console.Error.WriteLine($"error: {e.Message}");
            if (Environment.GetEnvironmentVariable("LEEFBAAR_DEBUG") == "1") Console.Error.WriteLine(e);
            return 1;
        }
        catch (Exception e)
        {
            // Not an expected failure: say so plainly instead of passing a bug off as bad input.
            Console.Error.WriteLine($"unexpected error ({e.GetType().Name}): {e.Message}");
            Console.Error.WriteLine("This is probably a bug in Leefbaar; run with LEEFBAAR_DEBUG=1 for the stack trace and report it.");
            if (Environment.GetEnvironmentVariable("LEEFBAAR_DEBUG") == "1") Console.Error.WriteLine(e);
            return 70; // EX_SOFTWARE
        }
    }

    /// <summary>Expected failures: domain errors, rejected files and input, and the environment (files, network, a locked store).</summary>
    public static bool IsUserFacing(Exception e) =>
        e is IDomainError or ImportException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException
            or FormatException or IOException or HttpRequestException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException
        || e is ArgumentException and not ArgumentNullException and not ArgumentOutOfRangeException;

    /// <summary>Writes text to --out or standard output.</summary>
    public static void Emit(string? outFile, string text)
    {
        if (outFile is null)
        {
            Console.Out.Write(text);
            return;
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(outFile));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllText(outFile, text);
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine($"wrote {outFile}");
    }
}

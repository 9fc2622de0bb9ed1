using System.Diagnostics;

namespace Leefbaar.Harness.Kernels;

/// <summary>Runs one tool's kernels in a child process and collects its CSV rows (stdout) and check lines (stderr).</summary>
public static class PeerRun
{
    /// <summary>One result row.</summary>
    public sealed record Row(string Kernel, string Tool, double Seconds, double PeakMb);

    /// <summary>Starts the process, echoes its other stderr lines, and returns rows and checks (kernel → value).</summary>
    public static async Task<(List<Row> Rows, List<(string Kernel, string Tool, string Value)> Checks, int Exit)> Execute(
        string file, IEnumerable<string> args, string? workDir, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (workDir is not null) psi.WorkingDirectory = workDir;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}.");
        var rows = new List<Row>();
        var checks = new List<(string, string, string)>();
        var outTask = Task.Run(async () =>
        {
            while (await p.StandardOutput.ReadLineAsync() is { } line)
            {
                var f = line.Split(',');
                if (f.Length == 4 && double.TryParse(f[2], System.Globalization.CultureInfo.InvariantCulture, out var s))
                    lock (rows) rows.Add(new Row(f[0], f[1], s, double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture)));
                else Console.Error.WriteLine($"  {line}");
            }
        });
        var errTask = Task.Run(async () =>
        {
            while (await p.StandardError.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("check ", StringComparison.Ordinal))
                {
                    var parts = line.Split(' ');
                    lock (checks) checks.Add((parts[1], string.Join(' ', parts[2..^1]), parts[^1]));
                }
                else Console.Error.WriteLine($"  {line}");
            }
        });
        using var cts = new CancellationTokenSource(timeout);
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            Console.Error.WriteLine($"  {Path.GetFileName(file)}: stopped after the {timeout.TotalMinutes:0} min time limit");
        }
        await Task.WhenAll(outTask, errTask);
        return (rows, checks, p.HasExited ? p.ExitCode : -1);
    }
}

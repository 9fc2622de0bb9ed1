using System.Diagnostics;
using Leefbaar.TestSupport;

namespace Leefbaar.Api.Tests;

/// <summary>Builds web/ into src/Leefbaar.Api/wwwroot (npm ci, npm run build) when the built map is missing.</summary>
public static class WebBuild
{
    /// <summary>The built map's folder.</summary>
    public static string WebRoot => Path.Combine(SharedData.RepositoryRoot(), "src", "Leefbaar.Api", "wwwroot");

    /// <summary>Null when index.html exists (built now or before), else why it could not be built.</summary>
    public static string? EnsureBuilt()
    {
        if (File.Exists(Path.Combine(WebRoot, "index.html"))) return null;
        var web = Path.Combine(SharedData.RepositoryRoot(), "web");
        foreach (var args in new[] { "ci --no-audit --no-fund --loglevel=error", "run build" })
        {
            var (code, output) = Run("npm", args, web);
            if (code != 0) return $"The web map is not built and 'npm {args}' in web/ failed (exit {code}): {output}";
        }
        return File.Exists(Path.Combine(WebRoot, "index.html")) ? null : "npm run build in web/ wrote no wwwroot/index.html.";
    }

    private static (int Code, string Output) Run(string file, string args, string dir)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); return (-1, "timed out after 5 minutes"); }
            return (p.ExitCode, (stdout + stderr.Result).Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{file} is not installed ({e.Message}); install Node.js and npm");
        }
    }
}

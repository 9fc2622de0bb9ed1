using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Leefbaar.Harness.Kernels;
using Leefbaar.Cli.Commands;
using Leefbaar.App.Diagnostics;

namespace Leefbaar.Harness;

/// <summary>
/// `leefbaar bench peers --data SYNTHDIR [--peers geopandas,postgis,duckdb,ckdtree] [--repeat 5]`: runs Leefbaar's
/// kernels and each peer on the same files, each tool in its own process, and prints the CSV
/// `kernel,tool,median_s,peak_mb,ratio` (ratio = tool median / Leefbaar median; > 1 means Leefbaar is faster).
/// Installs nothing; a missing peer is reported on standard error and skipped. Also `bench kernels` (one tool, used by peers).
/// </summary>
public static class BenchPeersCommand
{
    private static readonly string[] AllPeers = ["ckdtree", "geopandas", "postgis", "duckdb"];

    /// <summary>Builds `bench peers`.</summary>
    public static Command BuildPeers()
    {
        var data = new Option<string>("--data") { Description = "Folder written by `leefbaar synth`.", Required = true };
        var peers = new Option<string>("--peers") { Description = $"Comma-separated peers: {string.Join(',', AllPeers)}.", DefaultValueFactory = _ => string.Join(',', AllPeers) };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per kernel (median reported; Leefbaar and DuckDB add one warm-up run).", DefaultValueFactory = _ => 5 };
        var python = new Option<string>("--python") { Description = "Python with Debian's python3-scipy/-geopandas/-psycopg2.", DefaultValueFactory = _ => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3" };
        var peersDir = new Option<string?>("--peers-dir") { Description = "Folder of the peer scripts. Default: bench/peers of the repository." };
        var minutes = new Option<int>("--timeout") { Description = "Minutes per tool before it is stopped.", DefaultValueFactory = _ => 60 };
        var cmd = new Command("peers", "Compare Leefbaar's kernels with SciPy cKDTree, GeoPandas, PostGIS and DuckDB on the same synthetic files (CSV).")
            { data, peers, repeat, python, peersDir, minutes };
        cmd.SetAction(async (parse, cancel) =>
        {
            var chosen = parse.GetValue(peers)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var c in chosen) if (!AllPeers.Contains(c)) throw new ArgumentException($"--peers: unknown peer '{c}'; expected {string.Join(", ", AllPeers)}.");
            var n = parse.GetValue(repeat);
            if (n is < 1 or > 50) throw new ArgumentException("--repeat must be 1–50.");
            await Compare(parse.GetValue(data)!, chosen, n, parse.GetValue(python)!, parse.GetValue(peersDir) ?? FindPeersDir(), TimeSpan.FromMinutes(parse.GetValue(minutes)));
            return 0;
        });
        return cmd;
    }

    /// <summary>Builds `bench kernels --tool leefbaar|duckdb` (one tool, in this process).</summary>
    public static Command BuildKernels()
    {
        var data = new Option<string>("--data") { Description = "Folder written by `leefbaar synth`.", Required = true };
        var tool = new Option<string>("--tool") { Description = "leefbaar or duckdb.", DefaultValueFactory = _ => "leefbaar" };
        tool.AcceptOnlyFromAmong("leefbaar", "duckdb");
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per kernel.", DefaultValueFactory = _ => 5 };
        var cmd = new Command("kernels", "Time the compared kernels with one tool; prints kernel,tool,median_s,peak_mb.") { data, tool, repeat };
        cmd.SetAction(async parse =>
        {
            if (parse.GetValue(tool) == "duckdb") DuckDbKernels.Run(parse.GetValue(data)!, parse.GetValue(repeat));
            else await KernelRunner.Run(parse.GetValue(data)!, parse.GetValue(repeat));
            return 0;
        });
        return cmd;
    }

    private static async Task Compare(string dataDir, string[] peers, int repeat, string python, string peersDir, TimeSpan timeout)
    {
        var self = Assembly.GetEntryAssembly()!.Location;
        var host = Environment.ProcessPath!;
        var selfArgs = Path.GetFileNameWithoutExtension(host) == "dotnet" ? new[] { self } : [];
        Console.Error.WriteLine($"bench peers: {dataDir}, {Environment.ProcessorCount} cores, {repeat} runs per kernel");
        var input = await PeerInput.Ensure(dataDir);
        var rows = new List<PeerRun.Row>();
        var checks = new List<(string Kernel, string Tool, string Value)>();
        async Task Add(string label, string file, IEnumerable<string> args, string? cwd)
        {
            Console.Error.WriteLine($"bench peers: running {label}…");
            var (r, c, exit) = await PeerRun.Execute(file, args, cwd, timeout);
            if (exit != 0) Console.Error.WriteLine($"bench peers: {label} exited with code {exit}{(r.Count == 0 ? " — is it installed? See bench/README.md" : "")}");
            rows.AddRange(r); checks.AddRange(c);
        }
        await Add("leefbaar", host, [.. selfArgs, "kernels", "--tool", "leefbaar", "--data", dataDir, "--repeat", repeat.ToString(CultureInfo.InvariantCulture)], null);
        foreach (var peer in peers)
        {
            if (peer == "duckdb")
                await Add(peer, host, [.. selfArgs, "kernels", "--tool", "duckdb", "--data", dataDir, "--repeat", repeat.ToString(CultureInfo.InvariantCulture)], null);
            else
            {
                var script = Path.Combine(peersDir, peer == "geopandas" ? "geopandas_peer.py" : peer == "postgis" ? "postgis_peer.py" : "ckdtree.py");
                await Add(peer, python, [script, Path.GetFullPath(input), repeat.ToString(CultureInfo.InvariantCulture)], peersDir);
                if (peer == "ckdtree") // the grid run's full amenity indicator set, the same work on both sides
                    await Add("ckdtree indicators", python, [Path.Combine(peersDir, "ckdtree_indicators.py"), Path.GetFullPath(input), repeat.ToString(CultureInfo.InvariantCulture)], peersDir);
            }
        }
        var ours = rows.Where(r => r.Tool == "leefbaar").ToDictionary(r => r.Kernel, r => r.Seconds);
        Console.WriteLine("kernel,tool,median_s,peak_mb,ratio");
        foreach (var r in rows)
        {
            var ratio = ours.TryGetValue(r.Kernel, out var s) && s > 0 ? (r.Seconds / s).ToString("0.00", CultureInfo.InvariantCulture) : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Kernel},{Csv(r.Tool)},{r.Seconds:0.0000},{r.PeakMb:0},{ratio}"));
        }
        foreach (var kernel in checks.Select(c => c.Kernel).Distinct())
        {
            var mine = checks.FirstOrDefault(c => c.Kernel == kernel && c.Tool == "leefbaar").Value;
            foreach (var c in checks.Where(c => c.Kernel == kernel && c.Tool != "leefbaar"))
                Console.Error.WriteLine($"check {kernel,-9} leefbaar {mine} vs {c.Tool} {c.Value}: {(Agrees(mine, c.Value) ? "agrees" : "DIFFERS")}");
        }
    }

    private static bool Agrees(string? a, string b) =>
        a is not null && double.TryParse(a, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, CultureInfo.InvariantCulture, out var y)
        && Math.Abs(x - y) <= 1e-6 * Math.Max(1, Math.Abs(x));

    private static string Csv(string s) => Leefbaar.Core.Text.CsvField.Escape(s);

    private static string FindPeersDir()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (Directory.Exists(Path.Combine(d.FullName, "bench", "peers"))) return Path.Combine(d.FullName, "bench", "peers");
        throw new DirectoryNotFoundException("bench/peers not found; pass --peers-dir.");
    }
}

using System.CommandLine;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.App.Workspaces;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>
/// `leefbaar import --data DIR [--manifest FILE] [--store FILE] [--force] [--accept-implausible] [--keep-going]`.
/// Every run ends with one summary (imported / unchanged / missing / failed with the reason / not reached) and exits
/// non-zero when any dataset failed. On a terminal progress is a live bar; redirected, one line per dataset.
/// </summary>
public static class ImportCommand
{
    /// <summary>The manifest shipped for ../shared/data, copied next to the binary.</summary>
    public static string BuiltInManifest => Path.Combine(AppContext.BaseDirectory, "manifests", "shared-data.json");

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder with the source files.", Required = true };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "Manifest listing files, formats, levels and years. Default: the one shipped for the shared data folder." };
        var force = new Option<bool>("--force") { Description = "Re-import even when files are unchanged." };
        var accept = new Option<bool>("--accept-implausible") { Description = "Import values that break a plausibility rule (out of range, non-finite) and list them, instead of rejecting the dataset." };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Continue with the next dataset when one fails (it keeps its previous rows); the exit code is still non-zero." };
        var store = CommonOptions.Store();
        var cmd = new Command("import", "Import open-data files into the store; each dataset in one transaction, unchanged files skipped.") { data, manifest, force, accept, keepGoing, store };
        cmd.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            if (!dataDir.Exists) throw new DirectoryNotFoundException($"Data folder not found: {dataDir.FullName}");
            var manifestFile = parse.GetValue(manifest)?.FullName ?? BuiltInManifest;
            var m = DataManifest.Load(manifestFile);
            using var s = Workspace.Open(parse.GetValue(store)!);
            var service = s.Importer(new ImportOptions { AcceptImplausible = parse.GetValue(accept) });
            var started = System.Diagnostics.Stopwatch.StartNew();
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var results = Console.IsErrorRedirected
                ? RunPlain(service, dataDir.FullName, m, parse.GetValue(keepGoing), parse.GetValue(force))
                : RunWithBar(service, dataDir.FullName, m, parse.GetValue(keepGoing), parse.GetValue(force));
            return Summarise(results, started.Elapsed, s.FilePath);
        });
        return cmd;
    }

    // Redirected (logs, tests): one flushed line per dataset, "[k/N] id: outcome", so a reader can follow the commits.
    private static List<ImportResult> RunPlain(ImportService service, string dir, DataManifest m, bool keepGoing, bool force)
    {
        var done = 0;
        return service.ImportAll(dir, m, keepGoing, onResult: r =>
        {
            done++;
            if (r.Outcome != ImportOutcome.NotReached) Console.Error.WriteLine($"[{done}/{m.Datasets.Count}] {r.DatasetId}: {r.Outcome.ToString().ToLowerInvariant()}");
        }, force: force);
    }

    private static List<ImportResult> RunWithBar(ImportService service, string dir, DataManifest m, bool keepGoing, bool force)
    {
        List<ImportResult> results = [];
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("import", maxValue: m.Datasets.Count);
                results = service.ImportAll(dir, m, keepGoing, onStart: e => task.Description = Markup.Escape(e.Id), onResult: _ => task.Increment(1), force: force);
            });
        return results;
    }

    /// <summary>The table, the kept implausible values, one "error:" line per failed dataset and the count line; the exit code.</summary>
    private static int Summarise(List<ImportResult> results, TimeSpan elapsed, string storePath)
    {
        var table = new Table().AddColumns("dataset", "outcome", "rows / reason", "seconds");
        foreach (var r in results)
            table.AddRow(Markup.Escape(r.DatasetId), r.Outcome.ToString(), Markup.Escape(r.Summary), r.Elapsed.TotalSeconds.ToString("0.00"));
        AnsiConsole.Write(table);
        foreach (var r in results.Where(r => r.Validation is { IsClean: false }))
        {
            Console.Error.WriteLine($"{r.DatasetId}: {r.Validation!.Violations.Count} implausible value(s) kept (--accept-implausible):");
            foreach (var v in r.Validation.Violations.Take(10)) Console.Error.WriteLine($"  {v}");
        }
        var failed = results.Where(r => r.Outcome == ImportOutcome.Failed).ToList();
        foreach (var f in failed)
        {
            Console.Error.WriteLine(CliRunner.IsUserFacing(f.Error!)
                ? $"error: {f.DatasetId}: {f.Summary}"
                : $"error: {f.DatasetId}: unexpected {f.Error!.GetType().Name}: {f.Summary} (probably a bug in Leefbaar; LEEFBAAR_DEBUG=1 shows the stack trace)");
            if (Environment.GetEnvironmentVariable("LEEFBAAR_DEBUG") == "1") Console.Error.WriteLine(f.Error);
        }
        int Count(ImportOutcome o) => results.Count(r => r.Outcome == o);
        Console.Error.WriteLine($"{Count(ImportOutcome.Imported)} imported, {Count(ImportOutcome.Unchanged)} unchanged, {Count(ImportOutcome.Missing)} missing, " +
                                $"{failed.Count} failed, {Count(ImportOutcome.NotReached)} not reached, in {elapsed.TotalSeconds:0.00} s → {storePath}");
        if (failed.Count == 0) return 0;
        return failed.All(f => CliRunner.IsUserFacing(f.Error!)) ? 1 : 70;
    }
}

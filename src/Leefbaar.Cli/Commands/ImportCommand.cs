using System.CommandLine;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar import --data DIR [--manifest FILE] [--store FILE] [--force]`.</summary>
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
        var store = CommonOptions.Store();
        var cmd = new Command("import", "Import open-data files into the store; each dataset in one transaction, unchanged files skipped.") { data, manifest, force, accept, store };
        cmd.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            if (!dataDir.Exists) throw new DirectoryNotFoundException($"Data folder not found: {dataDir.FullName}");
            var manifestFile = parse.GetValue(manifest)?.FullName ?? BuiltInManifest;
            var m = DataManifest.Load(manifestFile);
            using var s = LeefbaarStore.Open(parse.GetValue(store)!);
            var service = new ImportService(s, ImporterRegistry.Default(), new ImportOptions { AcceptImplausible = parse.GetValue(accept) });
            var results = new List<ImportResult>();
            var started = System.Diagnostics.Stopwatch.StartNew();
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("import", maxValue: m.Datasets.Count);
                    service.Import(dataDir.FullName, m,
                        onStart: e => task.Description = Markup.Escape(e.Id),
                        onResult: r => { results.Add(r); task.Increment(1); },
                        force: parse.GetValue(force));
                });
            var table = new Table().AddColumns("dataset", "outcome", "rows", "seconds");
            foreach (var r in results) table.AddRow(Markup.Escape(r.DatasetId), r.Outcome.ToString(), Markup.Escape(r.Summary), r.Elapsed.TotalSeconds.ToString("0.00"));
            AnsiConsole.Write(table);
            foreach (var r in results.Where(r => r.Validation is { IsClean: false }))
            {
                Console.Error.WriteLine($"{r.DatasetId}: {r.Validation!.Violations.Count} implausible value(s) kept (--accept-implausible):");
                foreach (var v in r.Validation.Violations.Take(10)) Console.Error.WriteLine($"  {v}");
            }
            var imported = results.Count(r => r.Outcome == ImportOutcome.Imported);
            Console.Error.WriteLine($"{imported} imported, {results.Count(r => r.Outcome == ImportOutcome.Unchanged)} unchanged, {results.Count(r => r.Outcome == ImportOutcome.Missing)} missing, in {started.Elapsed.TotalSeconds:0.00} s → {s.FilePath}");
            return 0;
        });
        return cmd;
    }
}

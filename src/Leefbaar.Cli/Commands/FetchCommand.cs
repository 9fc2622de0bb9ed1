using System.CommandLine;
using Leefbaar.Data.Fetch;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar fetch [--source NAME|all] [--cache DIR] [--base-url URL]`: downloads the official sources into a cache folder.</summary>
public static class FetchCommand
{
    /// <summary>The default cache folder, relative to the working directory.</summary>
    public const string DefaultCache = ".leefbaar/cache";

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var source = new Option<string>("--source")
        {
            Description = $"One source or 'all': {string.Join(", ", OfficialSources.All.Select(s => s.Name))}.",
            DefaultValueFactory = _ => "all",
        };
        var cache = new Option<string>("--cache") { Description = $"Cache folder. Default: {DefaultCache}", DefaultValueFactory = _ => DefaultCache };
        var baseUrl = new Option<string?>("--base-url") { Description = "Replace scheme, host and port of every source URL (a mirror, or a test server)." };
        var cmd = new Command("fetch", "Download the official open data (CBS, PDOK, Leefbaarometer) into a cache; complete files are skipped, partial ones resumed.") { source, cache, baseUrl };
        cmd.SetAction(async (parse, ct) =>
        {
            var selected = OfficialSources.Select(parse.GetValue(source));
            var cacheDir = parse.GetValue(cache)!;
            var url = parse.GetValue(baseUrl);
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) throw new ArgumentException($"--base-url expects an absolute URL such as http://127.0.0.1:8080, got '{url}'.");
            using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
            client.DefaultRequestHeaders.UserAgent.ParseAdd("leefbaar-fetch/1.0");
            var fetcher = new SourceFetcher(client, cacheDir, url);
            var results = new List<FetchResult>();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    foreach (var s in selected)
                    {
                        var task = ctx.AddTask(Markup.Escape(s.Name), maxValue: 1);
                        task.IsIndeterminate = true;
                        var progress = new SyncProgress<FetchProgress>(p =>
                        {
                            if (p.Total is { } total and > 0) { task.IsIndeterminate = false; task.MaxValue = total; }
                            task.Value = p.Received;
                        });
                        var r = await fetcher.FetchAsync(s, progress, ct);
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(1, r.Bytes);
                        task.Value = task.MaxValue;
                        task.StopTask();
                        results.Add(r);
                    }
                });
            var table = new Table().AddColumns("source", "outcome", "bytes", "attempts", "file");
            foreach (var r in results)
                table.AddRow(Markup.Escape(r.Source.Name), r.Outcome.ToString(), r.Bytes.ToString("N0"), r.Attempts.ToString(), Markup.Escape(r.Path));
            console.Write(table);
            Console.Error.WriteLine($"{results.Count(r => r.Outcome != FetchOutcome.UpToDate)} downloaded, {results.Count(r => r.Outcome == FetchOutcome.UpToDate)} up to date → {Path.GetFullPath(cacheDir)}");
            return 0;
        });
        return cmd;
    }

    // Progress<T> posts to the thread pool; the progress bar wants the values in order, on the caller's thread.
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

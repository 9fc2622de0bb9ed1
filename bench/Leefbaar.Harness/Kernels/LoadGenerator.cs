using System.Diagnostics;

namespace Leefbaar.Harness.Kernels;

/// <summary>
/// A bounded in-process HTTP load generator: a fixed number of concurrent workers cycling through a list of URLs,
/// stopping at a request cap or a time limit. Paced mode is open-loop: request i is due at start + i / rate, and its
/// latency counts from when it was due, so a stalled server cannot hide its queueing delay.
/// </summary>
public sealed class LoadGenerator(HttpClient client, int concurrency)
{
    /// <summary>As many requests as the workers can send, up to <paramref name="maxRequests"/> or <paramref name="limit"/>.</summary>
    public Task<LoadResult> ClosedLoop(string endpoint, IReadOnlyList<string> urls, int maxRequests, TimeSpan limit) =>
        Run(endpoint, "max", urls, maxRequests, limit, rate: null);

    /// <summary>A fixed arrival rate for the given duration.</summary>
    public Task<LoadResult> Paced(string endpoint, IReadOnlyList<string> urls, double rate, TimeSpan duration) =>
        Run(endpoint, $"{rate:0}/s", urls, (int)(rate * duration.TotalSeconds), duration + TimeSpan.FromSeconds(5), rate);

    private async Task<LoadResult> Run(string endpoint, string mode, IReadOnlyList<string> urls, int maxRequests, TimeSpan limit, double? rate)
    {
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        async Task Worker(int w)
        {
            var mine = latencies[w] = new List<double>(maxRequests / concurrency + 1);
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= maxRequests || clock.Elapsed > limit) return;
                var due = rate is { } r ? i / r * 1000.0 : clock.Elapsed.TotalMilliseconds;
                var wait = due - clock.Elapsed.TotalMilliseconds;
                if (wait > 1) await Task.Delay(TimeSpan.FromMilliseconds(wait));
                try
                {
                    using var response = await client.GetAsync(urls[i % urls.Count], HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                mine.Add(clock.Elapsed.TotalMilliseconds - due);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(() => Worker(w))));
        var seconds = clock.Elapsed.TotalSeconds;
        return LoadResult.From(endpoint, mode, latencies.SelectMany(l => l).ToList(), errors, seconds);
    }
}

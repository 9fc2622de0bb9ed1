using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Leefbaar.Analysis;
using Leefbaar.Analysis.Reporting;

namespace Leefbaar.App.Analysis;

/// <summary>A served analysis that outlived its request: polled by its id until its task completes.</summary>
public sealed record AnalysisJob(string Id, string Statistic, DateTimeOffset Started, Task<AnalysisResult> Task);

/// <summary>
/// Takes long analyses off the request path: a request waits for its result up to <see cref="Wait"/>; when the
/// computation needs longer, it goes on as a job (still within the service's time budget and worker bound) and the
/// request gets the job to poll instead of holding its connection. A job's id is a hash of the analysis key, so the
/// same question asked again while it runs finds the same job, and its finished result stays in the service's
/// cache. The registry is bounded: beyond <see cref="Capacity"/> jobs the oldest (finished first) are forgotten.
/// </summary>
public sealed class AnalysisJobs(AnalysisService service, TimeSpan? wait = null, int capacity = AnalysisJobs.DefaultCapacity)
{
    /// <summary>How long a request waits before its analysis becomes a job.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(3);

    /// <summary>Most jobs remembered.</summary>
    public const int DefaultCapacity = 64;

    private readonly ConcurrentDictionary<string, AnalysisJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>How long a request waits before its analysis becomes a job.</summary>
    public TimeSpan Wait { get; } = wait ?? DefaultWait;

    /// <summary>Most jobs remembered.</summary>
    public int Capacity => capacity;

    /// <summary>The time budget of one analysis (queueing included).</summary>
    public TimeSpan Budget => service.Budget;

    /// <summary>
    /// The result when it is ready within <see cref="Wait"/> (a failure is thrown as the service throws it), else the
    /// job it continues as. When <paramref name="clientGone"/> fires first, the wait is cancelled (and with it the
    /// computation, when nobody else waits for it).
    /// </summary>
    public async Task<(AnalysisResult? Result, AnalysisJob? Job)> Run(string statistic, AnalysisRequest request, CancellationToken clientGone)
    {
        var id = IdOf(statistic, request);
        if (_jobs.TryGetValue(id, out var known) && !known.Task.IsCompleted) return (null, known);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(clientGone);
        var task = service.Run(statistic, request, waiting.Token);
        if (await System.Threading.Tasks.Task.WhenAny(task, System.Threading.Tasks.Task.Delay(Wait, clientGone)) == task) return (await task, null);
        clientGone.ThrowIfCancellationRequested();
        // The job joins the running computation before the request stops waiting, so the work is never abandoned.
        var job = new AnalysisJob(id, statistic, DateTimeOffset.UtcNow, service.Run(statistic, request, CancellationToken.None));
        _jobs[id] = job;
        Trim();
        await waiting.CancelAsync();
        _ = task.ContinueWith(static t => t.Exception, TaskScheduler.Default); // observed: the job reports the outcome
        return (null, job);
    }

    /// <summary>A remembered job, or null.</summary>
    public AnalysisJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Jobs remembered now.</summary>
    public int Count => _jobs.Count;

    /// <summary>The id of a request's job: 16 hex digits of the SHA-256 of its analysis key.</summary>
    public static string IdOf(string statistic, AnalysisRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AnalysisService.KeyOf(statistic, request))))[..16];

    /// <summary>True for a string shaped like a job id.</summary>
    public static bool IsId(string text) => text.Length == 16 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private void Trim()
    {
        if (_jobs.Count <= capacity) return;
        foreach (var old in _jobs.Values.OrderBy(j => j.Task.IsCompleted ? 0 : 1).ThenBy(j => j.Started).Take(_jobs.Count - capacity).ToList())
            _jobs.TryRemove(old.Id, out _);
    }
}

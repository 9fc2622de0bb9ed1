using System.Collections.Concurrent;
using Leefbaar.Analysis;
using Leefbaar.Analysis.Reporting;

namespace Leefbaar.App.Analysis;

/// <summary>
/// Runs the statistics of Leefbaar.Analysis on a store for the CLI and the API alike. Inputs come from one
/// <see cref="StoreAnalysisData"/> (each slice read once); results are cached by their parameters in a bounded
/// cache; at most one computation per core runs at a time, so a long statistic cannot starve the others.
/// </summary>
public sealed class AnalysisService(StoreAnalysisData data, int cacheCapacity = 256)
{
    private readonly ConcurrentDictionary<string, (AnalysisResult Result, long Stamp)> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private long _clock;

    /// <summary>A service over a store file (opened read-only per uncached slice).</summary>
    public static AnalysisService OfFile(string storePath) => new(StoreAnalysisData.OfFile(storePath));

    /// <summary>The result of a statistic for a request, cached by its parameters.</summary>
    public async Task<AnalysisResult> Run(string statistic, AnalysisRequest request, CancellationToken cancel = default)
    {
        request = WithClassBoundaries(request);
        var key = statistic + "|" + request;
        if (_cache.TryGetValue(key, out var hit)) return hit.Result;
        await _gate.WaitAsync(cancel);
        try
        {
            if (_cache.TryGetValue(key, out hit)) return hit.Result;
            var result = await Task.Run(() => AnalysisRunner.Run(data, statistic, request), cancel);
            Remember(key, result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a statistic synchronously without caching (the CLI runs one per process).</summary>
    public AnalysisResult RunOnce(string statistic, AnalysisRequest request) => AnalysisRunner.Run(data, statistic, WithClassBoundaries(request));

    // The LBM 3.0 PC4 series publishes afw without classes; its classes follow the LBM 3.0 boundaries (method.md).
    private static AnalysisRequest WithClassBoundaries(AnalysisRequest request) => request.ClassBoundaries is null
        ? request with { ClassBoundaries = [.. Leefbaar.Model.Releases.TargetRelease.Lbm3_2024.ClassBoundaries] }
        : request;

    private void Remember(string key, AnalysisResult result)
    {
        _cache[key] = (result, Interlocked.Increment(ref _clock));
        if (_cache.Count <= cacheCapacity) return;
        // Evict the oldest quarter: cheap, and keeps memory bounded whatever parameters clients send.
        foreach (var old in _cache.OrderBy(kv => kv.Value.Stamp).Take(cacheCapacity / 4).ToList()) _cache.TryRemove(old.Key, out _);
    }
}

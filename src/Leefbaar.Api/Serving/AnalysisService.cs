using System.Collections.Concurrent;
using Leefbaar.Analysis;
using Leefbaar.Analysis.Reporting;
using Leefbaar.Data.Store;

namespace Leefbaar.Api.Serving;

/// <summary>
/// Runs the statistics of Leefbaar.Analysis on the served store. The store does not change while served, so each
/// distinct request is computed once (one at a time, on its own read-only connection) and then answered from memory.
/// </summary>
public sealed class AnalysisService(string storePath)
{
    private readonly ConcurrentDictionary<string, AnalysisResult> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The result of a statistic for a request, cached by its parameters.</summary>
    public async Task<AnalysisResult> Run(string statistic, AnalysisRequest request)
    {
        var key = statistic + "|" + request;
        if (_cache.TryGetValue(key, out var hit)) return hit;
        await _gate.WaitAsync();
        try
        {
            if (_cache.TryGetValue(key, out hit)) return hit;
            using var store = LeefbaarStore.Open(storePath, readOnly: true);
            var result = AnalysisRunner.Run(store, statistic, request);
            _cache[key] = result;
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }
}

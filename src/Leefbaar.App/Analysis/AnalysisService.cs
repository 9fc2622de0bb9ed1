using Leefbaar.Analysis;
using Leefbaar.Analysis.Inputs;
using Leefbaar.Analysis.Reporting;
using Leefbaar.Core.Errors;

namespace Leefbaar.App.Analysis;

/// <summary>
/// Runs the statistics of Leefbaar.Analysis on a store for the CLI and the API alike. Inputs come from one
/// <see cref="IAnalysisData"/> (for a store: <see cref="StoreAnalysisData"/>, each slice read once). Served results
/// go through a <see cref="SingleFlightCache{T}"/> keyed by <see cref="AnalysisKey"/> (only the parameters the
/// statistic reads): one computation per key at a time, at most one per core, each within a time budget and
/// cancelled when its last client leaves; results and their deterministic failures are remembered, bounded.
/// </summary>
public sealed class AnalysisService
{
    /// <summary>The time budget of one served analysis: the slowest real request (lisa of all buurten, 999 permutations) takes a few seconds.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    /// <summary>Most remembered results, and their summed size in table cells (about 40 bytes each: 4 M cells ≈ 160 MB).</summary>
    public const int DefaultCapacity = 256;

    /// <summary>Summed size of the remembered results in table cells.</summary>
    public const long DefaultMaxCells = 4_000_000;

    private readonly IAnalysisData _data;
    private readonly SingleFlightCache<AnalysisResult> _flights;

    /// <summary>A service over analysis inputs with the given bounds.</summary>
    public AnalysisService(IAnalysisData data, TimeSpan? budget = null, int capacity = DefaultCapacity, long maxCells = DefaultMaxCells, int? workers = null)
    {
        _data = data;
        _flights = new SingleFlightCache<AnalysisResult>(capacity, maxCells, budget ?? DefaultBudget, workers ?? Environment.ProcessorCount,
            Cells, e => e is ArgumentException or NotFoundException);
    }

    /// <summary>A service over a store file (opened read-only per uncached slice).</summary>
    public static AnalysisService OfFile(string storePath, TimeSpan? budget = null) => new(StoreAnalysisData.OfFile(storePath), budget);

    /// <summary>The result of a statistic for a request, remembered by <see cref="AnalysisKey"/>; see the class summary for the bounds.</summary>
    public Task<AnalysisResult> Run(string statistic, AnalysisRequest request, CancellationToken cancel = default)
    {
        request = WithClassBoundaries(request);
        return _flights.GetAsync(AnalysisKey.Of(statistic, request), token => AnalysisRunner.Run(_data, statistic, request, token), cancel);
    }

    /// <summary>The cache key of a request: the statistic and the parameters it reads (<see cref="AnalysisKey"/>).</summary>
    public static string KeyOf(string statistic, AnalysisRequest request) => AnalysisKey.Of(statistic, WithClassBoundaries(request));

    /// <summary>Runs a statistic synchronously without caching or budget (the CLI runs one per process).</summary>
    public AnalysisResult RunOnce(string statistic, AnalysisRequest request) => AnalysisRunner.Run(_data, statistic, WithClassBoundaries(request));

    /// <summary>Computations started so far (cache misses).</summary>
    public long Computations => _flights.Computations;

    /// <summary>Remembered results and failures.</summary>
    public int Remembered => _flights.Count;

    /// <summary>The time budget of one computation.</summary>
    public TimeSpan Budget => _flights.Budget;

    // The LBM 3.0 PC4 series publishes afw without classes; its classes follow the LBM 3.0 boundaries (method.md).
    private static AnalysisRequest WithClassBoundaries(AnalysisRequest request) => request.ClassBoundaries is null
        ? request with { ClassBoundaries = [.. Leefbaar.Model.Releases.TargetRelease.Lbm3_2024.ClassBoundaries] }
        : request;

    private static long Cells(AnalysisResult r) => r.Tables.Sum(t => (long)t.Rows.Count * Math.Max(1, t.Columns.Count)) + r.Meta.Count;
}

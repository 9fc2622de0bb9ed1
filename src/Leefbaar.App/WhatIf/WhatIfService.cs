using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.App.WhatIf;

/// <summary>
/// Answers what-if questions on the served store. Each answer rebuilds the national feature table (seconds), so at
/// most one runs at a time and the rest wait, rather than letting a burst of requests exhaust memory.
/// </summary>
public sealed class WhatIfService(string storePath)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The answer for one buurt; domain errors (unknown code or indicator, bad change) propagate as problems.</summary>
    public async Task<WhatIfResult> Ask(string code, IReadOnlyList<WhatIfChange> changes, string? release, CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            return await Task.Run(() =>
            {
                using var store = LeefbaarStore.Open(storePath, readOnly: true);
                return WhatIfAnalysis.Run(store, code, changes, release, IndicatorCatalogue.Default);
            }, cancel);
        }
        finally
        {
            _gate.Release();
        }
    }
}

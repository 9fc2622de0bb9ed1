using Leefbaar.App.Analysis;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.App.Tests.Analysis;

/// <summary>The store's analysis slices are read once, but a read that failed is tried again (issue 14: analysis answered errors after an import had finished).</summary>
public sealed class StoreAnalysisDataTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_failed_read_is_not_remembered()
    {
        var path = _dir.File("later.duckdb");
        var data = StoreAnalysisData.OfFile(path);
        Assert.Throws<FileNotFoundException>(() => data.ReleasesAt("buurt")); // no store yet (or, in serve, one being written)
        using (LeefbaarStore.Open(path)) { } // the store appears
        Assert.Empty(data.ReleasesAt("buurt"));
    }
}

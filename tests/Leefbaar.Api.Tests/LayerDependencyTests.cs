using System.Reflection;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The layers' one-way dependencies, read from the compiled assemblies (what the code actually uses, not only what
/// the project files allow): the model and the analysis never see the store, and the API reaches it only through App.
/// </summary>
public sealed class LayerDependencyTests
{
    private static string[] LeefbaarReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Leefbaar.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Each_layer_uses_only_the_layers_below_it()
    {
        Assert.Empty(LeefbaarReferences(typeof(Core.Areas.AreaLevel).Assembly));
        Assert.Equal(["Leefbaar.Core"], LeefbaarReferences(typeof(Geo.Projection.RdReprojector).Assembly));
        Assert.DoesNotContain("Leefbaar.Data", LeefbaarReferences(typeof(Model.Releases.ModelRelease).Assembly));
        Assert.DoesNotContain("Leefbaar.Data", LeefbaarReferences(typeof(Analysis.AnalysisRunner).Assembly));
        Assert.DoesNotContain("Leefbaar.Model", LeefbaarReferences(typeof(Analysis.AnalysisRunner).Assembly));
        var api = LeefbaarReferences(typeof(LeefbaarApi).Assembly);
        Assert.Contains("Leefbaar.App", api);
        Assert.DoesNotContain("Leefbaar.Data", api); // the served snapshot, reports and what-if come through App
    }
}

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The layers' one-way dependencies, read from the compiled assemblies (what the code actually uses, not only what
/// the project files allow): the model and the analysis never see the store, and the API and the CLI reach it only through App.
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

    // Every type of namespace `ns` that the compiled assembly refers to, from its TypeRef table (ECMA-335 §II.22.38):
    // a signature, a local, a call or a `new` of a store type all land there.
    private static string[] TypesUsedFrom(Assembly assembly, string ns)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var md = pe.GetMetadataReader();
        return md.TypeReferences.Select(md.GetTypeReference).Where(t => md.GetString(t.Namespace) == ns)
            .Select(t => md.GetString(t.Name)).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Only_App_uses_the_store()
    {
        Assert.Empty(TypesUsedFrom(typeof(Cli.Commands.InfoCommand).Assembly, "Leefbaar.Data.Store")); // commands hold a Workspace
        Assert.Empty(TypesUsedFrom(typeof(LeefbaarApi).Assembly, "Leefbaar.Data.Store"));
        // The check itself sees store types where they are used.
        Assert.Contains("LeefbaarStore", TypesUsedFrom(typeof(App.Workspaces.Workspace).Assembly, "Leefbaar.Data.Store"));
    }
}

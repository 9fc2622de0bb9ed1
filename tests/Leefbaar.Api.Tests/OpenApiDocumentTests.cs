using System.Text.Json;
using System.Text.Json.Nodes;

namespace Leefbaar.Api.Tests;

/// <summary>The served OpenAPI document equals the one checked into the repository (src/Leefbaar.Api/openapi-v1.json).</summary>
[Collection(ServerCollection.Name)]
public sealed class OpenApiDocumentTests(ServerFixture server)
{
    [Fact]
    public async Task The_served_document_equals_the_checked_in_one()
    {
        var served = Normalise(await server.Client.GetStringAsync("/openapi/v1.json"));
        var file = Path.Combine(Leefbaar.TestSupport.SharedData.RepositoryRoot(), "src", "Leefbaar.Api", "openapi-v1.json");
        // Changing the API on purpose: LEEFBAAR_UPDATE_OPENAPI=1 ./test.sh rewrites the file; review its diff.
        if (Environment.GetEnvironmentVariable("LEEFBAAR_UPDATE_OPENAPI") == "1") File.WriteAllText(file, served);
        Assert.True(File.Exists(file), $"Missing {file}; run the tests once with LEEFBAAR_UPDATE_OPENAPI=1.");
        Assert.Equal(File.ReadAllText(file), served);
    }

    // Servers depend on the port the test server got; everything else is compared as served.
    private static string Normalise(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}

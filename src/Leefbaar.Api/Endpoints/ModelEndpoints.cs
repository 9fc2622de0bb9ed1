using System.Text.Json;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;
using Leefbaar.Core.ReadModels;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/models, /api/v1/models/{id} and /api/v1/models/{id}/card ("latest" = newest release).</summary>
public static class ModelEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/models", (ApiState s) => TypedResults.Ok(new ModelReleaseList(s.Data.IsDemo, s.Notice,
                s.Data.Releases.Select(r => new ModelReleaseSummary(r.Id, r.CreatedAt, r.Target, r.ModelCardMarkdown.Length > 0)).ToList())))
            .WithName("ModelReleases").WithSummary("The fitted Leefbaar model releases, newest first (empty until a model is fitted).");
        api.MapGet("/models/{id}", Detail).WithName("ModelRelease")
            .WithSummary("One model release ('latest' allowed): its release document and model card.");
        api.MapGet("/models/{id}/card", Card).WithName("ModelCard")
            .WithSummary("The model card of a release as Markdown ('latest' allowed).")
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown");
    }

    private static Results<Ok<ModelReleaseDetail>, ProblemHttpResult> Detail(ApiState s, string id)
    {
        if (Find(s, id, out var release) is { } problem) return problem;
        JsonElement? doc = null;
        try { if (release.ReleaseJson.Length > 0) doc = JsonDocument.Parse(release.ReleaseJson).RootElement.Clone(); }
        catch (JsonException) { doc = null; } // a malformed document is shown as absent, the card still helps
        return TypedResults.Ok(new ModelReleaseDetail(s.Data.IsDemo, s.Notice, release.Id, release.CreatedAt, release.Target, doc, release.ModelCardMarkdown));
    }

    private static IResult Card(ApiState s, string id)
    {
        if (Find(s, id, out var release) is { } problem) return problem;
        var text = (s.Data.IsDemo ? $"> {ApiState.DemoNotice}\n\n" : "") + release.ModelCardMarkdown;
        return Results.Text(text, "text/markdown; charset=utf-8");
    }

    private static ProblemHttpResult? Find(ApiState s, string id, out ServedModelRelease release)
    {
        release = null!;
        if (id.Length is 0 or > 100) return Problems.BadRequest("id", id, "a release id of 1–100 characters or 'latest'");
        var found = id.Equals("latest", StringComparison.OrdinalIgnoreCase) ? s.Data.Releases.FirstOrDefault()
            : s.Data.Releases.FirstOrDefault(r => r.Id == id);
        if (found is null) return Problems.NotFound(s.Data.Releases.Count == 0 ? "No model release yet: fit the model first." : $"No model release '{id}'.");
        release = found;
        return null;
    }
}

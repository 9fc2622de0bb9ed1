using System.Net;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>Small helpers to fetch and parse API responses in tests.</summary>
public static class Http
{
    /// <summary>
    /// GETs a path as a client does: a 202 analysis job is polled at its Location until it answers (at most a minute).
    /// </summary>
    public static async Task<HttpResponseMessage> GetFollowingJobs(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        for (var poll = 0; response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } next && poll < 600; poll++)
        {
            response.Dispose();
            await Task.Delay(100);
            response = await client.GetAsync(next);
        }
        return response;
    }

    /// <summary>GETs a path (following analysis jobs), asserts 200 and returns the parsed JSON root.</summary>
    public static async Task<JsonElement> Json(this HttpClient client, string path)
    {
        using var response = await client.GetFollowingJobs(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs a path (following analysis jobs) and asserts an RFC 7807 problem with the given status and no stack trace.</summary>
    public static async Task<JsonElement> Problem(this HttpClient client, string path, HttpStatusCode status)
    {
        using var response = await client.GetFollowingJobs(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body); // no stack frames
        var root = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        return root;
    }

    /// <summary>A property path such as "official.classes.total".</summary>
    public static JsonElement At(this JsonElement e, string path)
    {
        foreach (var part in path.Split('.')) e = e.GetProperty(part);
        return e;
    }
}

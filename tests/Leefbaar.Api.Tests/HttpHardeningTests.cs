using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Leefbaar.Api.Tests;

/// <summary>HTTP-level rules on the demo server: 405 for a wrong method, the CORS policy, request size limits.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class HttpHardeningTests(DemoServerFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    private async Task<(HttpResponseMessage Response, string Body)> Send(HttpMethod method, string path, HttpContent? content = null, params (string, string)[] headers)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (k, v) in headers) request.Headers.TryAddWithoutValidation(k, v);
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_method_is_405_with_Allow_and_a_wrong_path_still_404()
    {
        var (post, body) = await Send(HttpMethod.Post, "/api/v1/health", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("GET", string.Join(",", post.Content.Headers.Allow));
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
        Assert.Contains("POST is not allowed", body);

        var (get, _) = await Send(HttpMethod.Get, "/api/v1/whatif");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal("POST", string.Join(",", get.Content.Headers.Allow));

        var (delete, _) = await Send(HttpMethod.Delete, "/api/v1/areas/BU99010000");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        var (tile, _) = await Send(HttpMethod.Put, "/api/v1/tiles/buurt/12/2100/1350.pbf");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, tile.StatusCode);

        await _client.Problem("/api/v1/no-such-thing", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Any_origin_may_read_but_no_foreign_page_may_post()
    {
        var (get, _) = await Send(HttpMethod.Get, "/api/v1/health", null, ("Origin", "https://example.org"));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("*", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(get.Headers.Contains("Access-Control-Allow-Credentials"));

        var (readPreflight, _) = await Send(HttpMethod.Options, "/api/v1/areas?q=a", null,
            ("Origin", "https://example.org"), ("Access-Control-Request-Method", "GET"));
        Assert.Contains("GET", string.Join(",", readPreflight.Headers.GetValues("Access-Control-Allow-Methods")));

        var (postPreflight, _) = await Send(HttpMethod.Options, "/api/v1/whatif", null,
            ("Origin", "https://example.org"), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "content-type"));
        Assert.False(postPreflight.Headers.Contains("Access-Control-Allow-Origin"), "a foreign page was allowed to POST");
        Assert.False(postPreflight.Headers.Contains("Access-Control-Allow-Methods"));
        var (post, _) = await Send(HttpMethod.Post, "/api/v1/whatif", JsonContent.Create(new { code = "BU99010000", set = new[] { "no_such_indicator=1" } }),
            ("Origin", "https://example.org"));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_body_over_16_KB_is_413_and_a_query_over_2048_characters_is_414()
    {
        var big = new { code = "BU99010000", set = new[] { "crime_per_1000=" + new string('1', 20_000) } };
        using var response = await _client.PostAsJsonAsync("/api/v1/whatif", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var p = await _client.Problem("/api/v1/areas?q=" + new string('a', 7000), HttpStatusCode.RequestUriTooLong);
        Assert.Contains("7,003 characters", p.GetProperty("detail").GetString());
        // a normal what-if body still passes the size limit (and fails on its unknown indicator)
        using var small = await _client.PostAsJsonAsync("/api/v1/whatif", new { code = "BU99010000", set = new[] { "no_such_indicator=1" } });
        Assert.Equal(HttpStatusCode.NotFound, small.StatusCode);
    }

    [Fact]
    public async Task A_request_line_over_8_KB_gets_a_problem_with_the_security_headers_not_an_empty_rejection()
    {
        // Kestrel's own limit (64 KB) would answer with an empty body and none of the headers; below it the app answers.
        using var response = await _client.GetAsync("/api/v1/areas/" + new string('B', 9_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("9,014 characters", body);
        Assert.True(body.Length < 400, $"the problem echoes the path: {body.Length} characters");
    }
}

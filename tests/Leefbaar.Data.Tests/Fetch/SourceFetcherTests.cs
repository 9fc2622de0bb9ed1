using System.Security.Cryptography;
using Leefbaar.Data.Fetch;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Fetch;

public class SourceFetcherTests
{
    // Real catalogue entries, served from real shared files by their URL paths on a loopback server.
    private static readonly (string Source, string File)[] Served =
    [
        ("gemeenten-2024", "geoinzicht/gemeenten_2024.geojson"),
        ("lbm3-gemeenten-2024", "lbm3-2024/gemeenten.geojson"),
        ("kwb-2024", "rubensan19-kaarten/Prov.geojson"),
    ];

    private static OfficialSource Source(string name) => OfficialSources.Select(name).Single();

    private static LoopbackFileServer Server()
    {
        var server = new LoopbackFileServer();
        foreach (var (name, file) in Served) server.Map(new Uri(Source(name).Url).AbsolutePath, SharedData.Require(file));
        return server;
    }

    private static SourceFetcher Fetcher(HttpClient client, string cache, LoopbackFileServer server) =>
        new(client, cache, server.BaseUrl, maxAttempts: 3, firstDelay: TimeSpan.FromMilliseconds(10));

    private static string Sha(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    [Fact]
    public async Task Downloads_exact_copies_and_a_second_fetch_downloads_nothing()
    {
        using var server = Server();
        using var dir = new TempDir();
        using var client = new HttpClient();
        var fetcher = Fetcher(client, dir.Path, server);
        foreach (var (name, file) in Served)
        {
            var result = await fetcher.FetchAsync(Source(name));
            Assert.Equal(FetchOutcome.Downloaded, result.Outcome);
            Assert.Equal(Sha(SharedData.Require(file)), Sha(result.Path));
            Assert.Equal(Sha(SharedData.Require(file)), result.Sha256);
            Assert.Equal(Path.Combine(dir.Path, Source(name).RelativePath), result.Path);
            Assert.True(File.Exists(result.Path + ".meta.json"));
            Assert.False(File.Exists(result.Path + ".part"));
        }
        Assert.Equal(3, server.Requests.Count);

        foreach (var (name, _) in Served)
            Assert.Equal(FetchOutcome.UpToDate, (await fetcher.FetchAsync(Source(name))).Outcome);
        Assert.Equal(3, server.Requests.Count); // nothing requested the second time
    }

    [Fact]
    public async Task A_changed_cached_file_is_fetched_again()
    {
        using var server = Server();
        using var dir = new TempDir();
        using var client = new HttpClient();
        var fetcher = Fetcher(client, dir.Path, server);
        var first = await fetcher.FetchAsync(Source("kwb-2024"));
        File.AppendAllText(first.Path, " ");
        var second = await fetcher.FetchAsync(Source("kwb-2024"));
        Assert.Equal(FetchOutcome.Downloaded, second.Outcome);
        Assert.Equal(Sha(SharedData.Require("rubensan19-kaarten/Prov.geojson")), Sha(second.Path));
    }

    [Fact]
    public async Task Resumes_a_partial_download_with_a_range_request()
    {
        using var server = Server();
        using var dir = new TempDir();
        using var client = new HttpClient();
        var fetcher = Fetcher(client, dir.Path, server);
        var original = File.ReadAllBytes(SharedData.Require("geoinzicht/gemeenten_2024.geojson"));
        var target = fetcher.PathOf(Source("gemeenten-2024"));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target + ".part", original[..400_000]);

        var result = await fetcher.FetchAsync(Source("gemeenten-2024"));
        Assert.Equal(FetchOutcome.Resumed, result.Outcome);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(original)), Sha(result.Path));
        Assert.Equal(("bytes=400000-", 206), server.Requests.Select(r => (r.Range, r.Status)).Single());
    }

    [Fact]
    public async Task Retries_a_server_error_and_then_succeeds()
    {
        using var server = Server();
        server.FailFirst(new Uri(Source("kwb-2024").Url).AbsolutePath, 500, 503);
        using var dir = new TempDir();
        using var client = new HttpClient();
        var result = await Fetcher(client, dir.Path, server).FetchAsync(Source("kwb-2024"));
        Assert.Equal(3, result.Attempts);
        Assert.Equal([500, 503, 200], server.Requests.Select(r => r.Status).ToArray());
        Assert.Equal(Sha(SharedData.Require("rubensan19-kaarten/Prov.geojson")), Sha(result.Path));
    }

    [Fact]
    public async Task A_missing_file_fails_at_once_with_a_clear_message()
    {
        using var server = Server();
        using var dir = new TempDir();
        using var client = new HttpClient();
        var fetcher = Fetcher(client, dir.Path, server);
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(Source("misdrijven")));
        Assert.Equal(404, e.Status);
        Assert.False(e.Transient);
        Assert.Equal(1, e.Attempts);
        Assert.Single(server.Requests);
        Assert.StartsWith(server.BaseUrl + "/ODataFeed/odata/47022NED/TypedDataSet", e.Url);
        Assert.Contains("'misdrijven'", e.Message);
        Assert.Contains("HTTP 404", e.Message);
        Assert.Contains("permanent", e.Message);
        Assert.False(File.Exists(fetcher.PathOf(Source("misdrijven"))));
    }

    [Fact]
    public async Task Gives_up_after_the_last_transient_failure()
    {
        using var server = Server();
        server.FailFirst(new Uri(Source("kwb-2024").Url).AbsolutePath, 502, 502, 502);
        using var dir = new TempDir();
        using var client = new HttpClient();
        var e = await Assert.ThrowsAsync<FetchException>(() => Fetcher(client, dir.Path, server).FetchAsync(Source("kwb-2024")));
        Assert.True(e.Transient);
        Assert.Equal(3, e.Attempts);
        Assert.Equal(502, e.Status);
    }

    [Fact]
    public void Base_url_replaces_scheme_host_and_port_only()
    {
        using var client = new HttpClient();
        var fetcher = new SourceFetcher(client, "cache", "http://127.0.0.1:8123/mirror/");
        Assert.Equal("http://127.0.0.1:8123/mirror/ODataFeed/odata/85984NED/TypedDataSet?$format=json", fetcher.Resolve(Source("kwb-2024")));
        Assert.Equal(Source("kwb-2024").Url, new SourceFetcher(client, "cache").Resolve(Source("kwb-2024")));
        Assert.Throws<ArgumentException>(() => OfficialSources.Select("nope"));
        Assert.Equal(OfficialSources.All.Count, OfficialSources.Select("all").Count);
        Assert.Equal(OfficialSources.All.Count, OfficialSources.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(OfficialSources.All.Count, OfficialSources.All.Select(s => s.RelativePath).Distinct().Count());
    }
}

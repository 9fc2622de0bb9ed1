using System.Net;
using System.Net.Http.Headers;

namespace Leefbaar.Data.Fetch;

/// <summary>
/// Downloads official sources into a cache folder: skips a file whose sidecar size and SHA-256 still match,
/// resumes a partial ".part" download with an HTTP Range request, writes to ".part" and renames only when complete
/// (so the cache never holds half a file under its real name), and retries transient failures (connection errors,
/// timeouts, 408, 429, 5xx) with exponential backoff. Permanent failures (404 and other 4xx) fail at once.
/// </summary>
public sealed class SourceFetcher(HttpClient client, string cacheDir, string? baseUrl = null, int maxAttempts = 4, TimeSpan? firstDelay = null)
{
    private readonly TimeSpan _firstDelay = firstDelay ?? TimeSpan.FromSeconds(1);

    /// <summary>The URL actually requested: the source URL with scheme, host and port replaced by --base-url (its path kept as a prefix).</summary>
    public string Resolve(OfficialSource source)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return source.Url;
        var original = new Uri(source.Url);
        var rebased = new Uri(baseUrl, UriKind.Absolute);
        var prefix = rebased.AbsolutePath.TrimEnd('/');
        return rebased.GetLeftPart(UriPartial.Authority) + prefix + original.PathAndQuery;
    }

    /// <summary>The cached file of a source.</summary>
    public string PathOf(OfficialSource source) => Path.GetFullPath(Path.Combine(cacheDir, source.RelativePath));

    /// <summary>Fetches one source (or confirms the cached copy) and reports progress.</summary>
    public async Task<FetchResult> FetchAsync(OfficialSource source, IProgress<FetchProgress>? progress = null, CancellationToken ct = default)
    {
        var target = PathOf(source);
        var url = Resolve(source);
        var sidecar = CacheSidecar.TryRead(target);
        if (sidecar is not null && sidecar.Matches(target))
        {
            progress?.Report(new FetchProgress(source, sidecar.Length, sidecar.Length));
            return new FetchResult(source, FetchOutcome.UpToDate, target, sidecar.Length, sidecar.Sha256, 0);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (etag, resumed) = await DownloadAsync(source, url, target + ".part", progress, ct);
                File.Move(target + ".part", target, overwrite: true);
                var hash = CacheSidecar.HashOf(target);
                var length = new FileInfo(target).Length;
                new CacheSidecar { Url = url, ETag = etag, Length = length, Sha256 = hash, FetchedAt = DateTime.UtcNow }.Write(target);
                return new FetchResult(source, resumed ? FetchOutcome.Resumed : FetchOutcome.Downloaded, target, length, hash, attempt);
            }
            catch (Failure f) when (f.Transient && attempt < maxAttempts)
            {
                await Task.Delay(_firstDelay * Math.Pow(2, attempt - 1), ct);
            }
            catch (Failure f)
            {
                throw new FetchException(source.Name, url, f.Status, f.Transient, attempt, f.Message, f.InnerException);
            }
        }
    }

    private async Task<(string? ETag, bool Resumed)> DownloadAsync(OfficialSource source, string url, string part, IProgress<FetchProgress>? progress, CancellationToken ct)
    {
        var have = File.Exists(part) ? new FileInfo(part).Length : 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (have > 0) request.Headers.Range = new RangeHeaderValue(have, null);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw new Failure(null, true, $"connection failed ({e.Message})", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new Failure(null, true, "the request timed out", e);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                File.Delete(part); // the partial file no longer fits the remote one: start over on the next attempt
                throw new Failure(status, true, "HTTP 416 for the partial download", null);
            }
            if (!response.IsSuccessStatusCode)
                throw new Failure(status, IsTransient(response.StatusCode), $"HTTP {status} {response.ReasonPhrase}", null);

            var resumed = response.StatusCode == HttpStatusCode.PartialContent && have > 0;
            if (!resumed) have = 0;
            var total = response.Content.Headers.ContentLength is { } len ? len + have : (long?)null;
            try
            {
                await using var output = new FileStream(part, resumed ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None);
                await using var input = await response.Content.ReadAsStreamAsync(ct);
                var buffer = new byte[1 << 16];
                var received = have;
                int n;
                while ((n = await input.ReadAsync(buffer, ct)) > 0)
                {
                    await output.WriteAsync(buffer.AsMemory(0, n), ct);
                    received += n;
                    progress?.Report(new FetchProgress(source, received, total));
                }
                if (total is { } t && received != t) throw new Failure(status, true, $"the connection closed after {received} of {t} bytes", null);
            }
            catch (IOException e)
            {
                throw new Failure(status, true, $"the transfer broke off ({e.Message})", e);
            }
            return (response.Headers.ETag?.Tag, resumed);
        }
    }

    private static bool IsTransient(HttpStatusCode code) =>
        code is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)code >= 500;

    private sealed class Failure(int? status, bool transient, string message, Exception? inner) : Exception(message, inner)
    {
        public int? Status { get; } = status;
        public bool Transient { get; } = transient;
    }
}

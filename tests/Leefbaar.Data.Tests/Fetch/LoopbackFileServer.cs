using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Leefbaar.Data.Tests.Fetch;

/// <summary>
/// An HttpListener on 127.0.0.1 (free port) that serves local files by URL path, honours "Range: bytes=N-", can be
/// told to answer a path with given error statuses first, and records every request. Loopback only.
/// </summary>
internal sealed class LoopbackFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _failFirst = new(StringComparer.Ordinal);

    /// <summary>"http://127.0.0.1:PORT".</summary>
    public string BaseUrl { get; }
    /// <summary>Every request as (path, Range header or null, status answered).</summary>
    public ConcurrentQueue<(string Path, string? Range, int Status)> Requests { get; } = new();

    public LoopbackFileServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Serves <paramref name="file"/> at URL path <paramref name="path"/>.</summary>
    public void Map(string path, string file) => _files[path] = file;

    /// <summary>Answers the next requests for <paramref name="path"/> with these statuses before serving the file.</summary>
    public void FailFirst(string path, params int[] statuses) => _failFirst[path] = new ConcurrentQueue<int>(statuses);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = ctx.Request.Url!.AbsolutePath;
            var range = ctx.Request.Headers["Range"];
            var status = Answer(ctx, path, range);
            Requests.Enqueue((path, range, status));
            ctx.Response.Close();
        }
    }

    private int Answer(HttpListenerContext ctx, string path, string? range)
    {
        var response = ctx.Response;
        if (_failFirst.TryGetValue(path, out var queue) && queue.TryDequeue(out var fail))
            return response.StatusCode = fail;
        if (!_files.TryGetValue(path, out var file))
            return response.StatusCode = 404;
        var bytes = File.ReadAllBytes(file);
        var from = 0;
        if (range is not null && range.StartsWith("bytes=") && range.EndsWith('-') && int.TryParse(range[6..^1], out var start) && start < bytes.Length)
        {
            from = start;
            response.StatusCode = 206;
            response.Headers["Content-Range"] = $"bytes {start}-{bytes.Length - 1}/{bytes.Length}";
        }
        else
        {
            response.StatusCode = 200;
        }
        response.Headers["ETag"] = $"\"{bytes.Length}\"";
        response.ContentLength64 = bytes.Length - from;
        response.OutputStream.Write(bytes, from, bytes.Length - from);
        return response.StatusCode;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}

using System.Net.Sockets;
using System.Text;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Requests that Kestrel's HTTP parser refuses before any middleware runs (a NUL byte in the target, a request line
/// over its 64 KB limit, a header without a colon): the app cannot add its problem document or security headers to
/// these (dotnet/aspnetcore#4726), so the rule is that the rejection says nothing: a 4xx status line, an empty body,
/// no server name and nothing of the request echoed. Sent over a raw socket because HttpClient refuses to send them.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class ParserRejectionTests(DemoServerFixture demo)
{
    private async Task<string> Raw(string requestHead)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(demo.BaseAddress.Host, demo.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(requestHead));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cts.Token)) > 0) buffer.Write(chunk, 0, read);
        }
        catch (IOException) { } // the server may reset the connection after answering
        return Encoding.Latin1.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData("nul", "400")]
    [InlineData("long-line", "414")]
    [InlineData("header-without-colon", "400")]
    public async Task A_request_the_parser_refuses_gets_an_empty_answer_that_echoes_nothing(string kind, string status)
    {
        var secret = "SECRET" + Guid.NewGuid().ToString("N")[..8];
        var head = kind switch
        {
            "nul" => $"GET /api/v1/areas/{secret}\0x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "long-line" => $"GET /api/v1/areas/{secret}{new string('B', 70_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            _ => $"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n{secret}\r\n\r\n",
        };
        var answer = await Raw(head);
        Assert.StartsWith($"HTTP/1.1 {status} ", answer);
        var split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, answer);
        Assert.Equal("", answer[(split + 4)..]);
        Assert.Contains("Content-Length: 0", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(secret, answer);
        Assert.DoesNotContain("Kestrel", answer);
        // The served routes still answer on a new connection.
        Assert.StartsWith("HTTP/1.1 200 ", await Raw("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    }
}

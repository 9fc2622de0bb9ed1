using System.Text.Json;
using Leefbaar.Api.Hosting;
using Leefbaar.Core.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Leefbaar.Api.Tests;

/// <summary>Exceptions that escape an endpoint: domain errors by their kind, everything else a 500 with a correlation id.</summary>
public sealed class ErrorMappingTests
{
    private static async Task<(int Status, JsonElement Body)> Handle(Exception e)
    {
        var http = new DefaultHttpContext { TraceIdentifier = "trace-42" };
        http.Response.Body = new MemoryStream();
        Assert.True(await new DomainErrorHandler(NullLogger<DomainErrorHandler>.Instance).TryHandleAsync(http, e, CancellationToken.None));
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, JsonDocument.Parse(http.Response.Body).RootElement.Clone());
    }

    [Fact]
    public async Task A_domain_error_keeps_its_kind_and_message()
    {
        var (status, body) = await Handle(new NotFoundException("No area BU99999999."));
        Assert.Equal(404, status);
        Assert.Equal("No area BU99999999.", body.GetProperty("detail").GetString());
        Assert.Equal(400, (await Handle(new InvalidInputException("bad"))).Status);
        Assert.Equal(409, (await Handle(new ConflictException("busy"))).Status);
    }

    [Fact]
    public async Task A_bug_is_a_500_with_a_correlation_id_and_no_internals()
    {
        // What LINQ throws on a programming error: it used to be answered as 404 "Not found".
        var (status, body) = await Handle(new InvalidOperationException("Sequence contains no matching element"));
        Assert.Equal(500, status);
        Assert.Equal("trace-42", body.GetProperty("correlationId").GetString());
        Assert.DoesNotContain("Sequence", body.GetRawText());
    }
}

using Leefbaar.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Leefbaar.Api.Hosting;

/// <summary>
/// Maps exceptions that escape an endpoint to RFC 7807 problem details: a domain error by its kind (404, 400, 409),
/// anything else — a bug — to 500 with a correlation id that is also logged with the stack trace, never to "not
/// found" and never with a stack trace or file path in the response.
/// </summary>
public sealed class DomainErrorHandler(ILogger<DomainErrorHandler> log) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancel)
    {
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested) return true; // the client left
        var (status, title, detail) = exception switch
        {
            IDomainError { Kind: ErrorKind.NotFound } => (StatusCodes.Status404NotFound, "Not found", Endpoints.Problems.Short(exception.Message)),
            IDomainError { Kind: ErrorKind.InvalidInput } => (StatusCodes.Status400BadRequest, "Invalid request", Endpoints.Problems.Short(exception.Message)),
            IDomainError { Kind: ErrorKind.Conflict } => (StatusCodes.Status409Conflict, "Conflict", Endpoints.Problems.Short(exception.Message)),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "An unexpected error occurred; quote the correlation id when reporting it."),
        };
        var correlation = http.TraceIdentifier;
        if (status == StatusCodes.Status500InternalServerError) log.LogError(exception, "Unhandled error {CorrelationId} on {Path}", correlation, http.Request.Path);
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new
        {
            type = "about:blank", title, status, detail, correlationId = correlation,
        }, options: null, contentType: "application/problem+json", cancellationToken: cancel);
        return true;
    }
}

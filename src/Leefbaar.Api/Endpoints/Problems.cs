using Microsoft.AspNetCore.Http.HttpResults;

namespace Leefbaar.Api.Endpoints;

/// <summary>RFC 7807 problem responses for rejected input and unknown resources.</summary>
public static class Problems
{
    /// <summary>400: the request is malformed; says which parameter, what was found and what is expected.</summary>
    public static ProblemHttpResult BadRequest(string parameter, string? found, string expected) => TypedResults.Problem(
        title: $"Invalid parameter '{parameter}'",
        detail: $"'{parameter}' was '{found}'; expected {expected}.",
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>404: the resource does not exist in the served store.</summary>
    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        title: "Not found", detail: what, statusCode: StatusCodes.Status404NotFound);
}

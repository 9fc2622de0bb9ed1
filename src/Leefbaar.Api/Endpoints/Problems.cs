using Microsoft.AspNetCore.Http.HttpResults;

namespace Leefbaar.Api.Endpoints;

/// <summary>RFC 7807 problem responses for rejected input and unknown resources; details stay short whatever a client sent.</summary>
public static class Problems
{
    /// <summary>Longest echo of a rejected value in a detail.</summary>
    public const int MaxEcho = 40;

    /// <summary>Longest detail: a sentence or two, never a client's kilobytes back.</summary>
    public const int MaxDetail = 300;

    /// <summary>400: the request is malformed; says which parameter, what was found (cut to <see cref="MaxEcho"/>) and what is expected.</summary>
    public static ProblemHttpResult BadRequest(string parameter, string? found, string expected) => TypedResults.Problem(
        title: $"Invalid parameter '{Echo(parameter)}'",
        detail: Short($"'{Echo(parameter)}' was '{Echo(found)}'; expected {expected}."),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["parameter"] = Echo(parameter) });

    /// <summary>404: the resource does not exist in the served store.</summary>
    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        title: "Not found", detail: Short(what), statusCode: StatusCodes.Status404NotFound);

    /// <summary>A client's value as it may appear in a message: at most <see cref="MaxEcho"/> characters, with the length when cut.</summary>
    public static string? Echo(string? value) =>
        value is { Length: > MaxEcho } ? $"{value[..MaxEcho]}… ({value.Length:N0} characters)" : value;

    /// <summary>A detail cut to <see cref="MaxDetail"/> characters (messages of lower layers may quote a whole parameter).</summary>
    public static string Short(string detail) => detail.Length <= MaxDetail ? detail : detail[..(MaxDetail - 1)] + "…";
}

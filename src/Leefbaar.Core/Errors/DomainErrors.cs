namespace Leefbaar.Core.Errors;

/// <summary>What kind of expected failure a domain error is: the API maps it to a status, the CLI to a message and exit code.</summary>
public enum ErrorKind
{
    /// <summary>The area, release, series or data asked for does not exist (HTTP 404).</summary>
    NotFound,
    /// <summary>The input is malformed or not allowed (HTTP 400).</summary>
    InvalidInput,
    /// <summary>The request is valid but contradicts the current state (HTTP 409).</summary>
    Conflict,
}

/// <summary>
/// Marks an exception as an expected, user-facing failure. Anything without this mark is a bug: the API answers
/// 500 with a correlation id and the CLI says so, instead of passing a programming error off as "not found".
/// </summary>
public interface IDomainError
{
    /// <summary>How to report it.</summary>
    ErrorKind Kind { get; }
}

/// <summary>Something asked for is not in the data.</summary>
public sealed class NotFoundException(string message) : Exception(message), IDomainError
{
    /// <inheritdoc />
    public ErrorKind Kind => ErrorKind.NotFound;
}

/// <summary>An input was rejected; the message names it and what was expected.</summary>
public class InvalidInputException(string message) : ArgumentException(message), IDomainError
{
    /// <inheritdoc />
    public ErrorKind Kind => ErrorKind.InvalidInput;
}

/// <summary>A valid request that contradicts the current state (e.g. a store written by another process).</summary>
public sealed class ConflictException(string message) : Exception(message), IDomainError
{
    /// <inheritdoc />
    public ErrorKind Kind => ErrorKind.Conflict;
}

/// <summary>The data or settings at hand cannot do what was asked (too few areas to fit, a manifest entry without a year).</summary>
public sealed class UnusableDataException(string message) : InvalidOperationException(message), IDomainError
{
    /// <inheritdoc />
    public ErrorKind Kind => ErrorKind.InvalidInput;
}

using System.Net;

namespace Leefbaar.Data.Fetch;

/// <summary>
/// A download that failed: which source, which URL, the HTTP status if any, and whether retrying could help. An
/// <see cref="HttpRequestException"/>, so the CLI reports it as one clear message.
/// </summary>
public sealed class FetchException : HttpRequestException
{
    /// <summary>The source name.</summary>
    public string SourceName { get; }
    /// <summary>The URL that was requested (after --base-url).</summary>
    public string Url { get; }
    /// <summary>The HTTP status, or null for a network failure.</summary>
    public int? Status { get; }
    /// <summary>True for failures a later attempt may not repeat (5xx, 408, 429, timeouts, connection errors).</summary>
    public bool Transient { get; }
    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }

    /// <summary>Creates the error with one readable line.</summary>
    public FetchException(string source, string url, int? status, bool transient, int attempts, string reason, Exception? inner = null)
        : base($"Download of '{source}' failed after {attempts} attempt{(attempts == 1 ? "" : "s")}: {reason} from {url} " +
               (transient ? "(transient: try again later)." : "(permanent: check the URL in OfficialSources.cs or --base-url)."), inner, (HttpStatusCode?)status)
    {
        SourceName = source;
        Url = url;
        Status = status;
        Transient = transient;
        Attempts = attempts;
    }
}

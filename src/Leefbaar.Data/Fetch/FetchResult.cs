namespace Leefbaar.Data.Fetch;

/// <summary>What a fetch did for one source.</summary>
public enum FetchOutcome { Downloaded, Resumed, UpToDate }

/// <summary>The outcome of one source: the cached file, its size and SHA-256, and how many HTTP attempts it took (0 when up to date).</summary>
public sealed record FetchResult(OfficialSource Source, FetchOutcome Outcome, string Path, long Bytes, string Sha256, int Attempts);

/// <summary>Progress of one download: bytes so far and the total when the server told it.</summary>
public readonly record struct FetchProgress(OfficialSource Source, long Received, long? Total);

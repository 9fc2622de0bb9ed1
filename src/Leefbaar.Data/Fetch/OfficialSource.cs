namespace Leefbaar.Data.Fetch;

/// <summary>One official download: a short name for --source, what it is, where it goes in the cache, and its public URL.</summary>
public sealed record OfficialSource(string Name, string Description, string RelativePath, string Url);

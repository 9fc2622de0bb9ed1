namespace Leefbaar.Api.Contracts;

/// <summary>Areas matching a name or code, best first.</summary>
public sealed record SearchResponse(bool Demo, string? Notice, string Query, IReadOnlyList<SearchResult> Results);

/// <summary>One match: the area, its gemeente for context, and the match kind (exact-code, exact-name, code-prefix, name-prefix, contains).</summary>
public sealed record SearchResult(string Code, string Name, string Level, AreaRef? Gemeente, string Match);

namespace Leefbaar.Api.Contracts;

/// <summary>One page of the scores of a level and year from one release.</summary>
public sealed record ScorePage(
    bool Demo, string? Notice, string Source, string Level, int Year, string Release, string? Gemeente,
    int Page, int PageSize, int Total, int Pages, NationalDto? Nederland, IReadOnlyList<ScoreRow> Items);

/// <summary>One area's score in a bulk listing.</summary>
public sealed record ScoreRow(string Code, string Name, string? Gemeente, ScoreDto Score);

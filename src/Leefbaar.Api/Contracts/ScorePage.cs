namespace Leefbaar.Api.Contracts;

/// <summary>
/// One page of the scores of a level and year from one release, within a gemeente or provincie when asked, in the
/// asked order. With fill=model, areas without an official score carry the model's (<see cref="Filled"/> of them,
/// from release <see cref="FillRelease"/>); every row names its own source and release.
/// </summary>
public sealed record ScorePage(
    bool Demo, string? Notice, string Source, string Level, int Year, string Release, string? Gemeente,
    int Page, int PageSize, int Total, int Pages, NationalDto? Nederland, IReadOnlyList<ScoreRow> Items,
    string? Provincie = null, string Sort = "code", string? FillRelease = null, int Filled = 0);

/// <summary>One area's score in a bulk listing.</summary>
public sealed record ScoreRow(string Code, string Name, string? Gemeente, ScoreDto Score);

/// <summary>The provincies and gemeenten that hold rows of a score listing, for its filters (names and row counts).</summary>
public sealed record ScoreGroups(
    bool Demo, string? Notice, string Source, string Level, int Year, string Release, string? FillRelease, int Total,
    IReadOnlyList<ScoreGroup> Provincies, IReadOnlyList<ScoreGroup> Gemeenten);

/// <summary>A provincie or gemeente of a listing: code, name, its provincie (for a gemeente), rows and how many of them are model-filled.</summary>
public sealed record ScoreGroup(string Code, string Name, string? Provincie, int Areas, int Filled);

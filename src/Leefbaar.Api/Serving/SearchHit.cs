using Leefbaar.Core.ReadModels;

namespace Leefbaar.Api.Serving;

/// <summary>One search result with the name of its gemeente and the rank it matched at (an index of AreaSearch.MatchNames).</summary>
public sealed record SearchHit(AreaRow Area, string? GemeenteName, int Rank);

namespace Leefbaar.Core.ReadModels;

/// <summary>Areas per level and division: how many, how many with observations, with geometry.</summary>
public sealed record LevelCount(string Level, int Division, long Areas, long WithObservations, long WithGeometry);

/// <summary>Observations per indicator and source.</summary>
public sealed record IndicatorCount(string Indicator, string Source, string Level, int Division, string Years, long Areas);

/// <summary>Official scores per release, level and year.</summary>
public sealed record ScoreCount(string Release, string Level, int Year, long Areas, long WithLbm, long WithAfw, long WithClass, long Developments);

/// <summary>One imported dataset.</summary>
public sealed record DatasetRow(string Id, string Format, string Hash, DateTime ImportedAt, long Areas, long Observations, long Scores, long Geometries);

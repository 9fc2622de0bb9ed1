namespace Leefbaar.Data.Import;

/// <summary>Checks on a whole batch before it is written: keys must be unique within a dataset.</summary>
public static class BatchChecks
{
    /// <summary>Throws when an observation, score or geometry key occurs twice.</summary>
    public static void EnsureUnique(ImportBatch batch, string datasetId)
    {
        var obs = new HashSet<(string, int, int, string, string)>();
        foreach (var o in batch.Observations)
            if (!obs.Add((o.Area.Value, o.DivisionYear, o.Year, o.Indicator, o.Source)))
                throw new InvalidDataException($"Dataset '{datasetId}': {o.Area} has indicator '{o.Indicator}' for {o.Year} twice (duplicate key).");
        var scores = new HashSet<(string, int, string, int?)>();
        foreach (var s in batch.Scores)
            if (!scores.Add((s.Area.Value, s.Year, s.Release, s.DevelopmentFromYear)))
                throw new InvalidDataException($"Dataset '{datasetId}': {s.Area} has a {s.Release} score for {s.Year} twice (duplicate key).");
        var geoms = new HashSet<(string, int)>();
        foreach (var g in batch.Geometries)
            if (!geoms.Add((g.Area.Value, g.DivisionYear)))
                throw new InvalidDataException($"Dataset '{datasetId}': {g.Area} has two geometries in division {g.DivisionYear} (duplicate key).");
    }
}

namespace Leefbaar.Data.Plausibility;

/// <summary>The implausible values of one imported dataset that were kept because the import accepted them (AcceptImplausible).</summary>
public sealed record ValidationReport(string DatasetId, IReadOnlyList<PlausibilityViolation> Violations)
{
    /// <summary>An empty report.</summary>
    public static ValidationReport Clean(string datasetId) => new(datasetId, []);

    /// <summary>True when nothing implausible was found.</summary>
    public bool IsClean => Violations.Count == 0;

    /// <summary>One line for logs: how many values, and the first few.</summary>
    public override string ToString() => IsClean
        ? $"{DatasetId}: all values plausible"
        : $"{DatasetId}: {Violations.Count} implausible values kept, e.g. " + string.Join("; ", Violations.Take(3).Select(v => $"{v.Area} {v.Year} {v.Field}={v.Value}"));
}

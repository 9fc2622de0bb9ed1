using System.Globalization;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Plausibility;

/// <summary>One implausible value: where it was read, which area, year and field, the value, and what was expected.</summary>
public sealed record PlausibilityViolation(
    string File, long? Line, long? Feature, string Area, int Year, string Field, double Value, string Expected, string Hint)
{
    /// <summary>The violation as the typed error that rejects the dataset.</summary>
    public ImportException ToException(int total) => new(File, Expected, line: Line, feature: Feature, field: Field,
        found: $"{Value.ToString("R", CultureInfo.InvariantCulture)} for {Area} {Year}",
        hint: Hint + (total > 1 ? $" ({total} implausible values in this dataset)" : "") + "; import with AcceptImplausible (--accept-implausible) to keep them and list them in the validation report");

    /// <inheritdoc/>
    public override string ToString() => ToException(1).Message;
}

using Leefbaar.Data.Plausibility;

namespace Leefbaar.Data.Import;

/// <summary>
/// How strict an import is. By default an implausible value rejects its dataset; with <see cref="AcceptImplausible"/>
/// the rows are imported as read and every violation is listed in the result's <see cref="ValidationReport"/>.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>Keep implausible values (e.g. a genuine outlier) and report them instead of rejecting the dataset.</summary>
    public bool AcceptImplausible { get; init; }

    /// <summary>The rules to apply; <see cref="PlausibilityRules.Default"/> unless a caller tunes them.</summary>
    public PlausibilityRules Rules { get; init; } = PlausibilityRules.Default;

    /// <summary>The strict default.</summary>
    public static ImportOptions Default { get; } = new();
}

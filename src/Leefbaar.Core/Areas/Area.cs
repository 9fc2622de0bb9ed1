namespace Leefbaar.Core.Areas;

/// <summary>
/// One area in one CBS division year. Parents are codes in the same division (wijk, gemeente, provincie);
/// geometry lives in the store as WKB in RD New and is not carried here.
/// </summary>
public sealed record Area(
    AreaCode Code,
    int DivisionYear,
    string Name,
    AreaCode? Wijk = null,
    AreaCode? Gemeente = null,
    AreaCode? Provincie = null)
{
    /// <summary>The level, from the code.</summary>
    public AreaLevel Level => Code.Level;
}

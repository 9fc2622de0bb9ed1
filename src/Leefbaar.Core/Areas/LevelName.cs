namespace Leefbaar.Core.Areas;

/// <summary>
/// The name of each <see cref="AreaLevel"/> as the store, the files, the CLI and the API spell it: one constant per
/// level instead of string literals across the layers (usable in switches and default parameters).
/// </summary>
public static class LevelName
{
    /// <summary>A 100 m grid cell (CBS vierkant).</summary>
    public const string Cell = "cell";
    /// <summary>A CBS buurt.</summary>
    public const string Buurt = "buurt";
    /// <summary>A CBS wijk.</summary>
    public const string Wijk = "wijk";
    /// <summary>A gemeente.</summary>
    public const string Gemeente = "gemeente";
    /// <summary>A four-digit postcode area.</summary>
    public const string Pc4 = "pc4";
    /// <summary>A provincie.</summary>
    public const string Provincie = "provincie";
    /// <summary>Nederland as a whole.</summary>
    public const string Land = "land";
}

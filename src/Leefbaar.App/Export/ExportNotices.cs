namespace Leefbaar.App.Export;

/// <summary>Fixed notices that exports of a synthetic store carry, in Dutch and English.</summary>
public static class ExportNotices
{
    /// <summary>The label of every output from the synthetic demo store.</summary>
    public const string Demo = "Synthetische demodata — geen echte metingen. / Synthetic demo data — not real measurements.";
}

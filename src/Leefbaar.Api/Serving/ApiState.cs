using Leefbaar.Api.Tiles;

namespace Leefbaar.Api.Serving;

/// <summary>The shared, read-only state of a running API: the data snapshot, the tile service and the demo notice.</summary>
public sealed class ApiState(ServingData data)
{
    /// <summary>The label every response carries when the store is the synthetic demo store.</summary>
    public const string DemoNotice = "Synthetische demodata — geen echte metingen. / Synthetic demo data — not real measurements.";

    /// <summary>The data snapshot.</summary>
    public ServingData Data { get; } = data;

    /// <summary>Vector tiles.</summary>
    public TileService Tiles { get; } = new(data);

    /// <summary>The demo notice, or null for real data.</summary>
    public string? Notice => Data.IsDemo ? DemoNotice : null;
}

using Leefbaar.Api.Tiles;

namespace Leefbaar.Api.Serving;

/// <summary>The shared, read-only state of a running API: the data snapshot, the tile service and the demo notice.</summary>
public sealed class ApiState(ServingData data, Basemap? basemap = null)
{
    /// <summary>The label every response carries when the store is the synthetic demo store.</summary>
    public const string DemoNotice = Leefbaar.App.Export.ExportNotices.Demo;

    /// <summary>The background map the web map draws under the scores, or null (offline: own boundaries and place names only).</summary>
    public Basemap? Basemap { get; } = basemap;

    /// <summary>Place names for the map's labels, built on first use.</summary>
    public Contracts.PlacesResponse Places => _places ??= PlaceLabels.Build(this);

    private Contracts.PlacesResponse? _places;

    /// <summary>The data snapshot.</summary>
    public ServingData Data { get; } = data;

    /// <summary>The store's model releases, parsed on first use.</summary>
    public ReleaseCache Releases { get; } = new(data.Releases);

    /// <summary>Sorted score listings, each sorted once.</summary>
    public ScoreSelectionCache Selections { get; } = new();

    /// <summary>Vector tiles.</summary>
    public TileService Tiles { get; } = new(data);

    /// <summary>The meta document, built on first use (it needs every level's boundaries, which tiles load anyway); a racing second build gives the same answer.</summary>
    public Contracts.MetaResponse Meta => _metaValue ??= MetaBuilder.Build(this);

    private Contracts.MetaResponse? _metaValue;

    /// <summary>The demo notice, or null for real data.</summary>
    public string? Notice => Data.IsDemo ? DemoNotice : null;
}

namespace Leefbaar.Data.Fetch;

/// <summary>
/// The official open-data downloads Leefbaar can fetch, in one place. These are plain data: the URLs are the
/// publishers' public endpoints as documented by CBS (StatLine OData bulk feed), PDOK (WFS and Atom downloads) and
/// the Leefbaarometer (WFS); tests never call them (they point --base-url at a loopback server).
/// </summary>
public static class OfficialSources
{
    /// <summary>Every source, in fetch order.</summary>
    public static readonly IReadOnlyList<OfficialSource> All =
    [
        new("kwb-2024", "CBS Kerncijfers wijken en buurten 2024 (85984NED), bulk OData feed",
            "cbs/85984NED.json", "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TypedDataSet?$format=json"),
        new("gebieden-2024", "CBS Gebieden in Nederland 2024 (85755NED): buurt → wijk → gemeente → provincie, bulk OData feed",
            "cbs/85755NED.json", "https://opendata.cbs.nl/ODataFeed/odata/85755NED/TypedDataSet?$format=json"),
        new("misdrijven", "Politie/CBS geregistreerde misdrijven per wijk en buurt (47022NED), bulk OData feed",
            "cbs/47022NED.json", "https://opendata.cbs.nl/ODataFeed/odata/47022NED/TypedDataSet?$format=json"),
        new("wijkenbuurten-2024-gpkg", "PDOK/CBS Wijk- en buurtkaart 2024 as GeoPackage (RD New), Atom download",
            "pdok/wijkenbuurten_2024_v1.gpkg", "https://service.pdok.nl/cbs/wijkenbuurten/2024/atom/downloads/wijkenbuurten_2024_v1.gpkg"),
        new("wijken-2024", "PDOK/CBS wijken 2024 with KWB attributes, WFS GeoJSON in EPSG:4326",
            "pdok/wijken_2024.geojson", "https://service.pdok.nl/cbs/wijkenbuurten/2024/wfs/v1_0?service=WFS&version=2.0.0&request=GetFeature&typeNames=wijkenbuurten:wijken&outputFormat=json&srsName=EPSG:4326"),
        new("gemeenten-2024", "PDOK/CBS gemeenten 2024 with KWB attributes, WFS GeoJSON in EPSG:4326",
            "pdok/gemeenten_2024.geojson", "https://service.pdok.nl/cbs/wijkenbuurten/2024/wfs/v1_0?service=WFS&version=2.0.0&request=GetFeature&typeNames=wijkenbuurten:gemeenten&outputFormat=json&srsName=EPSG:4326"),
        new("gebiedsindelingen-2024", "PDOK/CBS gebiedsindelingen 2024: generalised gemeente boundaries, WFS GeoJSON",
            "pdok/gemeente_gegeneraliseerd_2024.geojson", "https://service.pdok.nl/cbs/gebiedsindelingen/2024/wfs/v1_0?service=WFS&version=2.0.0&request=GetFeature&typeNames=gebiedsindelingen:gemeente_gegeneraliseerd&outputFormat=json&srsName=EPSG:4326"),
        new("lbm3-buurten-2024", "Leefbaarometer 3.0 buurt scores 2024 (Ministerie van BZK open data), WFS GeoJSON",
            "lbm/buurtscores_2024.geojson", "https://geo.leefbaarometer.nl/lbm3/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=lbm3:clippedbuurtscore24&outputFormat=application/json"),
        new("lbm3-gemeenten-2024", "Leefbaarometer 3.0 gemeente scores 2024 (Ministerie van BZK open data), WFS GeoJSON",
            "lbm/gemeentescores_2024.geojson", "https://geo.leefbaarometer.nl/lbm3/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=lbm3:gemeentescore24&outputFormat=application/json"),
    ];

    /// <summary>The sources selected by --source: "all" or one name; an unknown name lists the known ones.</summary>
    public static IReadOnlyList<OfficialSource> Select(string? name, IReadOnlyList<OfficialSource>? from = null)
    {
        var sources = from ?? All;
        if (string.IsNullOrWhiteSpace(name) || name.Equals("all", StringComparison.OrdinalIgnoreCase)) return sources;
        return sources.Where(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } one
            ? one
            : throw new ArgumentException($"Unknown source '{name}'; known: all, {string.Join(", ", sources.Select(s => s.Name))}.");
    }
}

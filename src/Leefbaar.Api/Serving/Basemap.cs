namespace Leefbaar.Api.Serving;

/// <summary>
/// An optional raster background map under the scores, configured when `serve` starts (never fetched by the
/// server itself: the browser loads the tiles). Without one the map draws only Leefbaar's own boundaries and
/// place names, so it works offline. Preset "pdok": the BRT-Achtergrondkaart of Kadaster in grey, the Dutch
/// government's public base map (PDOK WMTS, tile matrix set EPSG:3857), free to use with attribution.
/// </summary>
public sealed record Basemap(string Tiles, string Attribution, int MaxZoom)
{
    /// <summary>The PDOK BRT-Achtergrondkaart, grey variant, as XYZ tiles in web mercator.</summary>
    public static readonly Basemap Pdok = new(
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png",
        "Achtergrondkaart: BRT-Achtergrondkaart, © Kadaster (PDOK)", 19);

    /// <summary>The origin (scheme, host, port) the browser must be allowed to fetch tiles from.</summary>
    public string Origin => new Uri(Tiles.Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0")).GetLeftPart(UriPartial.Authority);

    /// <summary>
    /// "none" (or empty) for no basemap, "pdok" for <see cref="Pdok"/>, or an http(s) XYZ URL template with {z}, {x}
    /// and {y}; anything else is refused with a message saying what is accepted.
    /// </summary>
    public static Basemap? Parse(string? spec)
    {
        var text = spec?.Trim();
        if (string.IsNullOrEmpty(text) || text.Equals("none", StringComparison.OrdinalIgnoreCase)) return null;
        if (text.Equals("pdok", StringComparison.OrdinalIgnoreCase)) return Pdok;
        var placeholders = text.Contains("{z}", StringComparison.Ordinal) && text.Contains("{x}", StringComparison.Ordinal) && text.Contains("{y}", StringComparison.Ordinal);
        if (!placeholders || !Uri.TryCreate(text.Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0"), UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"--basemap '{text}': expected none, pdok, or an http(s) tile URL template with {{z}}, {{x}} and {{y}} (e.g. https://tiles.example.org/{{z}}/{{x}}/{{y}}.png).");
        return new Basemap(text, $"Achtergrondkaart: {uri.Host}", 19);
    }
}

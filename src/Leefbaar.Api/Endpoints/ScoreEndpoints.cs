using System.Text;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Export;
using Leefbaar.Api.Serving;
using Leefbaar.Api.Tiles;

namespace Leefbaar.Api.Endpoints;

/// <summary>
/// GET /api/v1/scores/{level}/{year}: the scores of one level and year (or "latest") from one release, official or
/// model, optionally within a gemeente, paged, as JSON, CSV (also for Dutch Excel: excel=nl) or GeoJSON (?format=).
/// </summary>
public static class ScoreEndpoints
{
    private static readonly string[] Levels = ["buurt", "wijk", "gemeente", "pc4", "provincie"];
    private static readonly string[] Formats = ["json", "csv", "geojson"];

    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/scores/{level}/{year}", Scores).WithName("Scores")
            .WithSummary("Bulk scores of a level and year ('latest' allowed): source=official|model, gemeente=GM####, page, pageSize (max 1000), format=json|csv|geojson; excel=nl with format=csv gives ';' and decimal commas for Dutch Excel.")
            .Produces<ScorePage>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static IResult Scores(ApiState s, string level, string year, string? source, string? gemeente, string? page, string? pageSize, string? format, string? excel)
    {
        if (Params.Level(level, Levels, out var lvl) is { } badLevel) return badLevel;
        if (Params.Source(source, out var src) is { } badSource) return badSource;
        if (Params.Year(year, () => s.Data.Scores.LatestYear(src, lvl), out var y) is { } badYear) return badYear;
        if (Params.Int(page, "page", 1, 1_000_000, 1, out var p) is { } badPage) return badPage;
        if (Params.Int(pageSize, "pageSize", 1, ApiLimits.MaxPageSize, ApiLimits.DefaultPageSize, out var size) is { } badSize) return badSize;
        var fmt = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (!Formats.Contains(fmt)) return Problems.BadRequest("format", format, "json, csv or geojson");
        var dutchExcel = excel is not null;
        if (dutchExcel && (excel!.Trim().ToLowerInvariant() != "nl" || fmt != "csv")) return Problems.BadRequest("excel", excel, "'nl', together with format=csv");
        string? gm = null;
        if (gemeente is not null)
        {
            if (Params.Code(gemeente, "gemeente", out var g) is { } badGm) return badGm;
            if (!g.StartsWith("GM", StringComparison.Ordinal)) return Problems.BadRequest("gemeente", gemeente, "a gemeente code GM####");
            gm = g;
        }
        if (y is null || s.Data.Scores.Layer(src, lvl, y.Value) is not { } layer)
            return Problems.NotFound($"No {src} scores for level {lvl} in {(y?.ToString() ?? "any year")}.");

        var result = Page(s, layer, gm, p, size);
        return fmt switch
        {
            "csv" => Results.Text(ScoreCsv.Write(result, dutchExcel), "text/csv; charset=utf-8", Encoding.UTF8),
            "geojson" => Results.Bytes(ScoreGeoJson.Write(result, TileService.Levels.Contains(lvl) ? s.Tiles.Shapes(lvl) : null), "application/geo+json"),
            _ => TypedResults.Ok(result),
        };
    }

    private static ScorePage Page(ApiState s, ScoreLayer layer, string? gemeente, int page, int size)
    {
        var codes = gemeente is null ? layer.Codes
            : layer.Codes.Where(c => c == gemeente || (s.Data.Areas.TryGetValue(c, out var a) && s.Data.GemeenteOf(a) == gemeente)).ToList();
        var items = codes.Skip((page - 1) * size).Take(size).Select(c =>
        {
            var area = s.Data.Areas.GetValueOrDefault(c);
            return new ScoreRow(c, area?.Name ?? "", area is null ? null : s.Data.GemeenteOf(area), ScoreDto.From(layer.ByCode[c]));
        }).ToList();
        var national = layer.National is { } n ? new NationalDto(n.Release, n.Year, n.Level, n.Weighting, n.Areas, n.Means) : null;
        return new ScorePage(s.Data.IsDemo, s.Notice, layer.Source, layer.Level, layer.Year, layer.Release, gemeente,
            page, size, codes.Count, (codes.Count + size - 1) / size, national, items);
    }
}

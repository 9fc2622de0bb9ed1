using Leefbaar.Core.Areas;
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
    private static readonly string[] Levels = [LevelName.Buurt, LevelName.Wijk, LevelName.Gemeente, LevelName.Pc4, LevelName.Provincie];
    private static readonly string[] Formats = ["json", "csv", "geojson", "gpkg"];

    /// <summary>Maps the endpoints.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/scores/{level}/{year}", Scores).WithName("Scores")
            .WithSummary("Bulk scores of a level and year ('latest' allowed): source=official|model, gemeente=GM####, provincie=PV##, fill=model (with source=official: the model's score where no official one exists, each row labelled with its source and release), sort=code|name|gemeente|class|afw|won|fys|vrz|soc|onv|lbm ('-' first: descending; missing values last), page, pageSize (max 1000; 'all' for a download of every selected row), format=json|csv|geojson|gpkg (GeoJSON and GeoPackage have flat properties named as the CSV columns; the GeoPackage is in WGS84); excel=nl with format=csv gives ';' and decimal commas for Dutch Excel.")
            .Produces<ScorePage>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .Produces(StatusCodes.Status200OK, contentType: GeoPackageType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/scores/{level}/{year}/groups", Groups).WithName("ScoreGroups")
            .WithSummary("The provincies and gemeenten holding rows of a score listing (same level, year, source and fill as /scores), with names and row counts, for its filters.")
            .Produces<ScoreGroups>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Scores(ApiState s, string level, string year, string? source, string? gemeente, string? provincie, string? fill, string? sort,
        string? page, string? pageSize, string? format, string? excel)
    {
        if (Resolve(s, level, year, source, fill, out var layer, out var filler) is { } bad) return bad;
        if (Params.Int(page, "page", 1, 1_000_000, 1, out var p) is { } badPage) return badPage;
        var fmt = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (!Formats.Contains(fmt)) return Problems.BadRequest("format", format, "json, csv, geojson or gpkg");
        // 'all' is for downloads (a file, not a page to render): every row of the selection at once.
        var all = pageSize?.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) == true;
        if (all && fmt == "json") return Problems.BadRequest("pageSize", pageSize, $"1 to {ApiLimits.MaxPageSize} for JSON; 'all' only with format=csv, geojson or gpkg");
        var size = int.MaxValue;
        if (!all && Params.Int(pageSize, "pageSize", 1, ApiLimits.MaxPageSize, ApiLimits.DefaultPageSize, out size) is { } badSize) return badSize;
        var dutchExcel = excel is not null;
        if (dutchExcel && (excel!.Trim().ToLowerInvariant() != "nl" || fmt != "csv")) return Problems.BadRequest("excel", excel, "'nl', together with format=csv");
        if (Group(s, gemeente, LevelName.Gemeente, "GM", out var gm) is { } badGm) return badGm;
        if (Group(s, provincie, LevelName.Provincie, "PV", out var pv) is { } badPv) return badPv;
        var order = string.IsNullOrWhiteSpace(sort) ? "code" : sort.Trim().ToLowerInvariant();
        if (!ScoreSelection.SortKeys.Contains(order.TrimStart('-')) || order.StartsWith("--", StringComparison.Ordinal))
            return Problems.BadRequest("sort", sort, "one of " + string.Join(", ", ScoreSelection.SortKeys) + ", descending with a leading '-'");

        var selection = s.Selections.Get(s.Data, layer!, filler, gm, pv, order);
        var result = Page(s, layer!, filler, selection, gm, pv, order, p, all ? Math.Max(1, selection.Rows.Count) : size);
        var shapes = TileService.Levels.Contains(layer!.Level) ? s.Tiles.Shapes(layer.Level) : null;
        return fmt switch
        {
            "gpkg" => Results.File(ScoreGeoPackage.Write(result, shapes), GeoPackageType, FileName(result, "gpkg")),
            "csv" => Results.Text(ScoreCsv.Write(result, dutchExcel), "text/csv; charset=utf-8", Encoding.UTF8),
            "geojson" => Results.Bytes(ScoreGeoJson.Write(result, shapes), "application/geo+json"),
            _ => TypedResults.Ok(result),
        };
    }

    /// <summary>The media type of a GeoPackage (OGC 12-128r18, registered with IANA).</summary>
    public const string GeoPackageType = "application/geopackage+sqlite3";

    // "leefbaar-buurt-2024-official-GM0599.gpkg": what the file holds, readable in a downloads folder.
    private static string FileName(ScorePage page, string extension)
    {
        var filled = page.FillRelease is null ? "" : "-aangevuld";
        var scope = (page.Gemeente ?? page.Provincie) is { } g ? "-" + g : "";
        var part = page.Pages > 1 ? $"-p{page.Page}" : "";
        return $"leefbaar-{page.Level}-{page.Year}-{page.Source}{filled}{scope}{part}.{extension}";
    }

    private static IResult Groups(ApiState s, string level, string year, string? source, string? fill)
    {
        if (Resolve(s, level, year, source, fill, out var layer, out var filler) is { } bad) return bad;
        var rows = s.Selections.Get(s.Data, layer!, filler, null, null, "code").Rows;
        var filled = (string code) => filler is not null && !layer!.ByCode.ContainsKey(code);
        var byGemeente = new Dictionary<string, (int Areas, int Filled)>(StringComparer.Ordinal);
        var byProvincie = new Dictionary<string, (int Areas, int Filled)>(StringComparer.Ordinal);
        static void Add(Dictionary<string, (int Areas, int Filled)> d, string? key, bool isFilled)
        {
            if (key is null) return;
            var (a, f) = d.GetValueOrDefault(key);
            d[key] = (a + 1, f + (isFilled ? 1 : 0));
        }
        foreach (var (code, _) in rows)
        {
            if (!s.Data.Areas.TryGetValue(code, out var area)) continue;
            Add(byGemeente, s.Data.GemeenteOf(area), filled(code));
            Add(byProvincie, s.Data.ProvincieOf(area), filled(code));
        }
        string NameOf(string code) => s.Data.Areas.GetValueOrDefault(code)?.Name ?? code;
        var comparer = StringComparer.InvariantCultureIgnoreCase;
        List<ScoreGroup> List(Dictionary<string, (int Areas, int Filled)> d, bool withProvincie) => d
            .Select(kv => new ScoreGroup(kv.Key, NameOf(kv.Key),
                withProvincie && s.Data.Areas.TryGetValue(kv.Key, out var a) ? s.Data.ProvincieOf(a) : null, kv.Value.Areas, kv.Value.Filled))
            .OrderBy(g => g.Name, comparer).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new ScoreGroups(s.Data.IsDemo, s.Notice, layer!.Source, layer.Level, layer.Year, layer.Release, filler?.Release, rows.Count,
            List(byProvincie, false), List(byGemeente, true)));
    }

    // The layer asked for and, with fill=model on the official source, the model layer filling its gaps; when the
    // official layer is missing but the model has the level and year, a filled listing is the model's alone.
    private static IResult? Resolve(ApiState s, string level, string year, string? source, string? fill, out ScoreLayer? layer, out ScoreLayer? filler)
    {
        layer = null;
        filler = null;
        if (Params.Level(level, Levels, out var lvl) is { } badLevel) return badLevel;
        if (Params.Source(source, out var src) is { } badSource) return badSource;
        var fillModel = fill is not null;
        if (fillModel && (fill!.Trim().ToLowerInvariant() != ScoreValues.ModelSource || src != ScoreValues.OfficialSource))
            return Problems.BadRequest("fill", fill, "'model', together with source=official");
        if (Params.Year(year, () => fillModel ? s.Data.Scores.LatestYear(src, lvl) ?? s.Data.Scores.LatestYear(ScoreValues.ModelSource, lvl)
            : s.Data.Scores.LatestYear(src, lvl), out var y) is { } badYear) return badYear;
        layer = y is null ? null : s.Data.Scores.Layer(src, lvl, y.Value);
        var model = fillModel && y is not null ? s.Data.Scores.Layer(ScoreValues.ModelSource, lvl, y.Value) : null;
        if (layer is null && model is not null) layer = model;
        else filler = model;
        return layer is null ? Problems.NotFound($"No {src} scores for level {lvl} in {(y?.ToString() ?? "any year")}.") : null;
    }

    // A gemeente (GM####) or provincie (PV##) filter: a valid code of that level that the served store holds.
    private static IResult? Group(ApiState s, string? text, string parameter, string prefix, out string? code)
    {
        code = null;
        if (text is null) return null;
        if (Params.Code(text, parameter, out var c) is { } bad) return bad;
        if (!c.StartsWith(prefix, StringComparison.Ordinal)) return Problems.BadRequest(parameter, text, $"a {parameter} code {prefix}{(prefix == "GM" ? "####" : "##")}");
        if (prefix == "PV" && !s.Data.Areas.ContainsKey(c)) return Problems.NotFound($"No {parameter} {c} in the served store.");
        code = c;
        return null;
    }

    private static ScorePage Page(ApiState s, ScoreLayer layer, ScoreLayer? filler, ScoreSelection selection, string? gemeente, string? provincie, string sort, int page, int size)
    {
        var rows = selection.Rows;
        var items = rows.Skip((page - 1) * size).Take(size).Select(r =>
        {
            var area = s.Data.Areas.GetValueOrDefault(r.Code);
            return new ScoreRow(r.Code, area?.Name ?? "", area is null ? null : s.Data.GemeenteOf(area), ScoreDto.From(r.Score));
        }).ToList();
        var national = layer.National is { } n ? new NationalDto(n.Release, n.Year, n.Level, n.Weighting, n.Areas, n.Means) : null;
        return new ScorePage(s.Data.IsDemo, s.Notice, layer.Source, layer.Level, layer.Year, layer.Release, gemeente,
            page, size, rows.Count, (rows.Count + size - 1) / size, national, items, provincie, sort, filler?.Release, selection.Filled);
    }
}

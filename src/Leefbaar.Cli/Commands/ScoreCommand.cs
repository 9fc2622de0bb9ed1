using System.CommandLine;
using System.Text;
using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.App.Scoring;
using Leefbaar.App.Export;
using Leefbaar.App.Workspaces;
using Leefbaar.Geo.Projection;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar score --level buurt --year 2024 [--release ID|FILE] --format csv|json|geojson [--out F]`.</summary>
public static class ScoreCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var level = new Option<string?>("--level") { Description = "buurt, wijk, gemeente, provincie, land or cell." };
        var areas = new Option<string?>("--areas") { Description = "A GeoJSON file of drawn areas (polygons): each scored as the inhabitant-weighted combination of the buurten it covers, instead of --level." };
        level.AcceptOnlyFromAmong(LevelName.Buurt, LevelName.Wijk, LevelName.Gemeente, LevelName.Provincie, LevelName.Land, LevelName.Cell);
        var year = new Option<int>("--year") { Description = "Year of the inputs; must be the release's year.", DefaultValueFactory = _ => 2024 };
        var release = new Option<string?>("--release") { Description = "Release id stored by 'fit', or a release JSON file. Default: the newest default release." };
        var format = CommonOptions.Format("csv", "json", "geojson");
        var store = CommonOptions.Store();
        var output = CommonOptions.Out();
        var cmd = new Command("score", "Score every area of a level with a model release: afw, five dimensions, lbm, class and reliability; every row carries the release id.")
            { level, areas, year, release, format, store, output };
        cmd.SetAction(parse =>
        {
            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var catalogue = s.CatalogueWithUserIndicators(); // a user release names the store's own indicators
            var r = s.ResolveRelease(parse.GetValue(release), catalogue);
            if (parse.GetValue(year) != r.Data.Year)
                throw new ArgumentException($"Release {r.Id} scores year {r.Data.Year}; --year {parse.GetValue(year)} has no inputs in this release.");
            if (parse.GetValue(areas) is { } areaFile)
            {
                if (parse.GetValue(level) is not null) throw new ArgumentException("Give --level or --areas, not both.");
                return ScoreAreas.Run(s, r, areaFile, parse.GetValue(format)!, parse.GetValue(output));
            }
            var lvl = parse.GetValue(level) ?? throw new ArgumentException("Give --level buurt|wijk|gemeente|provincie|land|cell, or --areas FILE.");
            var scores = s.ScoreLevel(r, catalogue, lvl);
            var text = parse.GetValue(format) switch
            {
                "json" => Json(scores, s.IsDemo),
                "geojson" => GeoJson(scores, s, lvl, r.Data.Division),
                _ => Csv(scores, s.IsDemo),
            };
            CliRunner.Emit(parse.GetValue(output), text);
            Console.Error.WriteLine($"{scores.Count:N0} {lvl} scores with release {r.Id}");
            return 0;
        });
        return cmd;
    }

    internal static string Csv(IEnumerable<AreaScore> scores, bool demo) =>
        ScoreCsvWriter.Write(scores.Select(ScoreExport.Row), demoNotice: demo ? ExportNotices.Demo : null);

    internal static object Row(AreaScore s) => new
    {
        code = s.Code, name = s.Name, gemeente_code = s.Gemeente, year = s.Year, release = s.Release,
        afw = Math.Round(s.Afw, 6), won = Math.Round(s.Won, 6), fys = Math.Round(s.Fys, 6), vrz = Math.Round(s.Vrz, 6), soc = Math.Round(s.Soc, 6), onv = Math.Round(s.Onv, 6),
        lbm = Math.Round(s.Lbm, 6), @class = s.Class, class_label_nl = Core.Scores.ScoreClass.DutchLabel(s.Class), class_label_en = Core.Scores.ScoreClass.EnglishLabel(s.Class),
        k_afw = s.ClassAfw, k_won = s.ClassWon, k_fys = s.ClassFys, k_vrz = s.ClassVrz, k_soc = s.ClassSoc, k_onv = s.ClassOnv,
        reliable = s.Reliable, afw_interval = new[] { Math.Round(s.AfwLower, 6), Math.Round(s.AfwUpper, 6) },
        class_low = s.ClassLow, class_high = s.ClassHigh, p_weak = double.IsNaN(s.PWeak) ? (double?)null : Math.Round(s.PWeak, 4),
    };

    private static string Json(List<AreaScore> scores, bool demo) =>
        JsonSerializer.Serialize(new { demo, scores = scores.Select(Row) }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static string GeoJson(List<AreaScore> scores, Workspace store, string level, int division) =>
        GeoJson(scores, level == LevelName.Cell ? new Dictionary<string, NetTopologySuite.Geometries.Geometry>() : store.Geometries(level, division), level,
            (w, s) => ScoreGeoJsonProperties.Write(w, ScoreExport.Row(s)));

    /// <summary>A FeatureCollection in WGS84 of <paramref name="scores"/> with the RD New <paramref name="geometries"/>; <paramref name="properties"/> writes each feature's properties.</summary>
    internal static string GeoJson(List<AreaScore> scores, IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> geometries, string level,
        Action<Utf8JsonWriter, AreaScore> properties) =>
        Encoding.UTF8.GetString(FeatureCollectionWriter.Write(scores, s => s.Code, s => Wgs84(s.Code, geometries, level), properties)) + "\n";

    // A 100 m cell has no stored boundary: its square follows from its code.
    private static NetTopologySuite.Geometries.Geometry? Wgs84(string code, IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> geometries, string level)
    {
        var g = geometries.GetValueOrDefault(code);
        if (g is null && level == LevelName.Cell)
        {
            var (x, y) = AreaCode.Parse(code).CellOrigin();
            g = RdReprojector.RdFactory.ToGeometry(new NetTopologySuite.Geometries.Envelope(x, x + 100, y, y + 100));
        }
        return g is null ? null : RdReprojector.ToWgs84(g);
    }
}

using System.Text.Json.Nodes;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>Writes small, deliberately broken copies of real files into a <see cref="TempDir"/>.</summary>
internal static class MutatedCopies
{
    /// <summary>The PC4 series file of the 2022 release.</summary>
    public const string Pc4File = "lbm3-pc4-2022/Leefbaarometer-scores PC4 2002-2022.csv";

    /// <summary>The header and the first <paramref name="rows"/> data rows of the PC4 file (line n of the file is index n−1).</summary>
    public static List<string> Pc4Lines(int rows) => File.ReadLines(SharedData.Require(Pc4File)).Take(rows + 1).ToList();

    /// <summary>Writes lines as a CSV file and returns its path.</summary>
    public static string WriteLines(TempDir dir, string name, IEnumerable<string> lines)
    {
        var path = dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    /// <summary>A shared-data JSON file as a mutable node tree.</summary>
    public static JsonNode LoadJson(string relative) => JsonNode.Parse(File.ReadAllText(SharedData.Require(relative)))!;

    /// <summary>Writes a node tree and returns the path.</summary>
    public static string WriteJson(TempDir dir, string name, JsonNode node)
    {
        var path = dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }

    /// <summary>A woonikveilig folder holding only GM0307.json after <paramref name="mutate"/>; returns the folder.</summary>
    public static string WoonIkVeiligWithAmersfoort(TempDir dir, Action<JsonObject> mutate)
    {
        var gm = LoadJson("woonikveilig/gemeente/GM0307.json").AsObject();
        mutate(gm);
        WriteJson(dir, Path.Combine("woonikveilig", "gemeente", "GM0307.json"), gm);
        return dir.File("woonikveilig");
    }

    /// <summary>The first <paramref name="count"/> features of the Utrecht buurt file (26) as a FeatureCollection.</summary>
    public static JsonObject UtrechtBuurten(int count)
    {
        var fc = LoadJson("lbm3-2024/buurten/26.geojson").AsObject();
        var features = fc["features"]!.AsArray();
        while (features.Count > count) features.RemoveAt(features.Count - 1);
        return fc;
    }

    /// <summary>Adds a GeoJSON "crs" member naming <paramref name="name"/>.</summary>
    public static void DeclareCrs(JsonObject featureCollection, string name) =>
        featureCollection["crs"] = new JsonObject { ["type"] = "name", ["properties"] = new JsonObject { ["name"] = name } };

    /// <summary>Replaces every [x, y] position in the geometries with <paramref name="map"/>(x, y).</summary>
    public static void MapPositions(JsonObject featureCollection, Func<double, double, (double, double)> map)
    {
        foreach (var f in featureCollection["features"]!.AsArray())
            Walk(f!["geometry"]!["coordinates"]!, map);
    }

    private static void Walk(JsonNode node, Func<double, double, (double, double)> map)
    {
        var array = node.AsArray();
        if (array.Count >= 2 && array[0] is JsonValue)
        {
            var (x, y) = map(array[0]!.GetValue<double>(), array[1]!.GetValue<double>());
            array[0] = x;
            array[1] = y;
            return;
        }
        foreach (var child in array) Walk(child!, map);
    }
}

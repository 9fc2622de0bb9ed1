using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Leefbaar.TestSupport;
using static Leefbaar.Data.Tests.Importers.ImportHarness;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The OData JSON importer on TypedDataSet pages generated from the real 85984NED buurt populations.</summary>
public class ODataJsonImporterTests
{
    // Writes the rows of Population85984_2024.csv as two OData v3 pages, the first with an odata.nextLink.
    private static (string Page1, string Page2) WritePages(TempDir dir, int firstPage = 10000)
    {
        var lines = File.ReadAllLines(SharedData.Require("bernasco-misdaad_concentratie/Population85984_2024.csv")).Skip(1).ToList();
        JsonObject Page(IEnumerable<string> rows, bool next)
        {
            var values = new JsonArray();
            foreach (var line in rows)
            {
                var cells = line.Split(',');
                values.Add(new JsonObject
                {
                    ["ID"] = int.Parse(cells[0].Trim('"'), CultureInfo.InvariantCulture),
                    ["WijkenEnBuurten"] = cells[1].Trim('"').PadRight(10),
                    ["SoortRegio_2"] = "Buurt     ",
                    ["AantalInwoners_5"] = cells[2] == "NA" ? null : int.Parse(cells[2], CultureInfo.InvariantCulture),
                });
            }
            var page = new JsonObject { ["odata.metadata"] = "85984NED/$metadata#TypedDataSet", ["value"] = values };
            if (next) page["odata.nextLink"] = $"85984NED/TypedDataSet?$skip={firstPage}";
            return page;
        }
        var p1 = dir.File("page-1.json");
        var p2 = dir.File("page-2.json");
        File.WriteAllText(p1, Page(lines.Take(firstPage), true).ToJsonString());
        File.WriteAllText(p2, Page(lines.Skip(firstPage), false).ToJsonString());
        return (p1, p2);
    }

    [Fact]
    public void Two_pages_read_as_one_dataset()
    {
        using var dir = new TempDir();
        var (p1, p2) = WritePages(dir);
        var batch = Read(Entry("cbs-odata", "page-*.json", 2024, 2024), p1, p2);
        Assert.Equal(14574, batch.Areas.Count); // data rows of Population85984_2024.csv
        Assert.Equal(3455, Value(batch, "BU16800000", "population"));
        Assert.Equal(495, Value(batch, "BU01935210", "population")); // last row, on page 2
        Assert.Equal(17942915, batch.Observations.Sum(o => o.Value)); // sum of the file's population column
        Assert.Equal("WK168000", Area(batch, "BU16800000", 2024).Wijk?.Value);
    }

    [Fact]
    public void Duplicate_row_names_its_index()
    {
        using var dir = new TempDir();
        var (_, p2) = WritePages(dir);
        var page = JsonNode.Parse(File.ReadAllText(p2))!;
        page["value"]!.AsArray().Add(page["value"]![5]!.DeepClone());
        var e = FailsAndKeepsStore(Entry("cbs-odata", "p.json", 2024, 2024), File.ReadAllBytes(p2), JsonSerializer.SerializeToUtf8Bytes(page));
        Assert.Equal(14574 - 10000, e.Feature); // the appended row
        Assert.Equal("WijkenEnBuurten", e.Field);
    }

    [Fact]
    public void Duplicate_row_across_pages_names_the_later_page()
    {
        using var dir = new TempDir();
        var (p1, p2) = WritePages(dir);
        var page1 = JsonNode.Parse(File.ReadAllText(p1))!;
        var page2 = JsonNode.Parse(File.ReadAllText(p2))!;
        page2["value"]!.AsArray().Insert(0, page1["value"]![5]!.DeepClone());
        File.WriteAllText(p2, page2.ToJsonString());
        var e = Assert.Throws<Leefbaar.Data.Import.ImportException>(() => Read(Entry("cbs-odata", "page-*.json", 2024, 2024), p1, p2));
        Assert.Equal(p2, e.File);
        Assert.Equal(0, e.Feature);
    }

    [Fact]
    public void Non_numeric_value_and_unknown_code_name_the_row()
    {
        using var dir = new TempDir();
        var (_, p2) = WritePages(dir);
        var original = File.ReadAllBytes(p2);
        var page = JsonNode.Parse(File.ReadAllText(p2))!;
        page["value"]![3]!["AantalInwoners_5"] = "veel";
        var e = FailsAndKeepsStore(Entry("cbs-odata", "p.json", 2024, 2024), original, JsonSerializer.SerializeToUtf8Bytes(page));
        Assert.Equal(3, e.Feature);
        Assert.Equal("AantalInwoners_5", e.Field);

        page = JsonNode.Parse(File.ReadAllText(p2))!;
        page["value"]![7]!["WijkenEnBuurten"] = "BUURT1";
        e = FailsAndKeepsStore(Entry("cbs-odata", "p.json", 2024, 2024), original, JsonSerializer.SerializeToUtf8Bytes(page));
        Assert.Equal(7, e.Feature);
        Assert.Equal("WijkenEnBuurten", e.Field);
    }

    [Fact]
    public void Truncated_page_names_its_line()
    {
        using var dir = new TempDir();
        var (_, p2) = WritePages(dir);
        var original = File.ReadAllBytes(p2);
        var e = FailsAndKeepsStore(Entry("cbs-odata", "p.json", 2024, 2024), original, original[..(original.Length / 2)]);
        Assert.Equal(1, e.Line); // one-line JSON
    }
}

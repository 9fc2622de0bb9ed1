using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

public class GeoJsonAttributesTests
{
    private const string File2019 = "geoinzicht/gemeenten_2019.geojson";

    private static ManifestEntry Entry(string attributes) => new()
    {
        Id = "gm-2019", Path = File2019, Format = "geojson", Level = "gemeente", Year = 2019, Division = 2019, Source = "pdok-wijkenbuurten-2019",
        Options = new() { ["code"] = "gemeentecode", ["name"] = "gemeentenaam", ["attributes"] = attributes },
    };

    /// <summary>The attribute mapping of the shipped manifest for the geoinzicht gemeente files.</summary>
    private static string ManifestAttributes() =>
        DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json"))
            .Datasets.Single(d => d.Id == "gemeenten-2019-geoinzicht").Option("attributes")!;

    [Fact]
    public void Keeps_the_kwb_properties_of_the_2019_gemeenten()
    {
        var batch = GeoImportHarness.Read(SharedData.Require(File2019), Entry(ManifestAttributes()));
        Assert.Equal(356, batch.Areas.Count);
        // Non-null values of the 13 mapped properties over the 356 gemeenten (python): 4,609; WOZ is present for 352.
        Assert.Equal(4_609, batch.Observations.Count);
        Assert.Equal(352, batch.Observations.Count(o => o.Indicator == "woz_mean"));
        double Delft(string indicator) => batch.Observations.Single(o => o.Area.Value == "GM0503" && o.Indicator == indicator).Value;
        Assert.Equal(103_163, Delft("population"));
        Assert.Equal(210, Delft("woz_mean"));
        Assert.Equal(0.5, Delft("dist_gp_km"));
        Assert.All(batch.Observations, o => Assert.Equal(("pdok-wijkenbuurten-2019", 2019), (o.Source, o.Year)));
    }

    [Fact]
    public void A_text_value_in_a_mapped_property_names_feature_and_field()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(SharedData.Require(File2019));
        var at = text.IndexOf("\"aantal_inwoners\":", StringComparison.Ordinal);
        Assert.True(at > 0);
        var end = text.IndexOf(',', at);
        File.WriteAllText(dir.File("bad.geojson"), text[..at] + "\"aantal_inwoners\":\"veel\"" + text[end..]);
        var e = Assert.Throws<ImportException>(() => GeoImportHarness.Read(dir.File("bad.geojson"), Entry("aantal_inwoners=population")));
        Assert.Equal(0, e.Feature);
        Assert.Equal("aantal_inwoners", e.Field);
        Assert.Contains("veel", e.Message);
    }

    [Fact]
    public void A_malformed_option_names_the_entry() =>
        Assert.Contains("'gm-2019'", Assert.Throws<Leefbaar.Core.Errors.UnusableDataException>(() => GeoImportHarness.Read(SharedData.Require(File2019), Entry("aantal_inwoners"))).Message);
}

using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.TestSupport;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The map-layer importers on the real rail, earthquake and townscape files.</summary>
public sealed class LayerImporterTests
{
    [Fact]
    public void Rail_stations_arrive_in_RD_New_with_Utrecht_Centraal_where_it_is()
    {
        // treinstations.geojson: 443 point features (SOURCE.txt), WGS84 without a crs member.
        var batch = RealManifest.Read("rail-stations-2011");
        Assert.Equal(443, batch.Layers.Count);
        Assert.All(batch.Layers, l => Assert.Equal("rail_station", l.Layer));
        Assert.All(batch.Layers, l => Assert.Equal(28992, l.Feature.Geometry.SRID));
        // Utrecht Centraal lies near RD (136 100, 455 900); some station must be within 500 m.
        var utrecht = new Point(136_100, 455_900);
        Assert.Contains(batch.Layers, l => l.Feature.Geometry.Distance(utrecht) < 500);
    }

    [Fact]
    public void A_layer_round_trips_through_the_store_and_a_reimport_replaces_it()
    {
        using var dir = new TempDir();
        using var store = Leefbaar.Data.Store.LeefbaarStore.Open(dir.File("s.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        var entry = RealManifest.Entry("rail-crossings-2011");
        Assert.Equal(ImportOutcome.Imported, service.ImportOne(SharedData.Require("."), entry).Outcome);
        var first = store.LayerFeatures("rail_crossing");
        Assert.Equal(5_055, first.Count); // SOURCE.txt: 5,055 crossings
        service.ImportOne(SharedData.Require("."), entry, force: true);
        var second = store.LayerFeatures("rail_crossing");
        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first[17].Geometry.Coordinate, second[17].Geometry.Coordinate);
        Assert.Empty(store.LayerFeatures("rail_station"));
    }

    [Fact]
    public void Earthquakes_keep_magnitude_and_year_and_skip_events_beyond_the_border()
    {
        // all_induced.csv: 1,556 events 1986–2018, magnitudes −0.8 … 3.6 (SOURCE.txt); some lie in Germany or offshore.
        var batch = RealManifest.Read("knmi-induced-earthquakes-1986-2018");
        Assert.InRange(batch.Layers.Count, 1_400, 1_555);
        Assert.Equal(3.6, batch.Layers.Max(l => l.Feature.Value));
        Assert.Equal(1986, batch.Layers.Min(l => l.Feature.Year));
        Assert.Equal(2018, batch.Layers.Max(l => l.Feature.Year));
        // The Huizinge quake of 2012 (ML 3.6) lies in Groningen, around RD (237 000, 597 000).
        var huizinge = batch.Layers.Single(l => l.Feature.Value == 3.6).Feature.Geometry.Coordinate;
        Assert.InRange(huizinge.X, 230_000, 245_000);
        Assert.InRange(huizinge.Y, 590_000, 605_000);
    }

    [Fact]
    public void Townscapes_in_latin_1_and_RD_New_without_a_crs_member()
    {
        var batch = RealManifest.Read("rce-townscapes-2012");
        Assert.Equal(478, batch.Layers.Count);
        Assert.All(batch.Layers, l => Assert.True(l.Feature.Geometry is IPolygonal));
        // OPPERV_KM2 of all features sums to the layer's surface; compare with the geometry (km²).
        var km2 = batch.Layers.Sum(l => l.Feature.Geometry.Area) / 1e6;
        Assert.InRange(km2, 100, 2_000);
    }

    [Fact]
    public void A_point_outside_the_Netherlands_names_file_line_and_field_unless_skipped()
    {
        using var dir = new TempDir();
        var file = dir.File("quakes.csv");
        File.WriteAllText(file, "YYMMDD,LAT,LON,MAG\n20120816,53.345,6.671,3.6\n20120817,6.671,53.345,2.0\n");
        var entry = new ManifestEntry { Id = "q", Path = "quakes.csv", Format = "layer-points-csv",
            Options = new() { ["layer"] = "earthquake", ["value"] = "MAG", ["date"] = "YYMMDD" } };
        var error = Assert.Throws<ImportException>(() => ImportHarness.Read(entry, file));
        Assert.Equal(3, error.Line);
        Assert.Equal("LAT", error.Field);

        var skipping = entry with { Options = new(entry.Options!) { ["outside"] = "skip" } };
        var batch = ImportHarness.Read(skipping, file);
        Assert.Equal(2012, Assert.Single(batch.Layers).Feature.Year);
    }
}

using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The twelve LBM 3.0 2024 buurt files read once for all tests of <see cref="Lbm3GeoJsonImporterTests"/>.</summary>
public sealed class Lbm3BuurtenBatch
{
    /// <summary>The batch of the manifest entry lbm3-2024-buurten.</summary>
    public ImportBatch Batch { get; } = RealManifest.Read("lbm3-2024-buurten");
}

/// <summary>The Leefbaarometer 3.0 GeoJSON importer on the real 2024 files.</summary>
public sealed class Lbm3GeoJsonImporterTests(Lbm3BuurtenBatch fixture) : IClassFixture<Lbm3BuurtenBatch>
{
    private readonly ImportBatch _batch = fixture.Batch;

    [Fact]
    public void Reads_every_buurt_with_geometry_and_the_published_scores()
    {
        // python over buurten/20..31.geojson: 12,147 features, 10,939 with a raw{} score object.
        Assert.Equal(12_147, _batch.Areas.Count);
        Assert.Equal(12_147, _batch.CountAreas(AreaLevel.Buurt));
        Assert.Equal(12_147, _batch.Geometries.Count);
        Assert.Equal(10_939, _batch.Scores.Count);
        Assert.All(_batch.Scores, s => Assert.Equal(("lbm3-2024", 2024), (s.Release, s.Year)));
        Assert.All(_batch.Scores, s => Assert.Null(s.Lbm)); // the absolute lbm is not in these files
    }

    [Fact]
    public void Hof_in_Amersfoort_has_its_published_score()
    {
        var hof = Assert.Single(_batch.ScoresOf("BU03070100"));
        Assert.Equal(7, hof.ClassTotal);
        Assert.Equal(6, hof.ClassAfw);
        Assert.Equal(0.0771055, hof.Afw);
        Assert.Equal(0.0324703, hof.Won);
        Assert.Equal(0.0108435, hof.Fys);
        Assert.Equal(0.235348, hof.Vrz);
        Assert.Equal(-0.0407555, hof.Soc);
        Assert.Equal(-0.160801, hof.Onv);
        Assert.Equal((5, 5, 9, 4, 2), (hof.ClassWon, hof.ClassFys, hof.ClassVrz, hof.ClassSoc, hof.ClassOnv));
        var area = _batch.Area("BU03070100", 2024);
        Assert.Equal("Hof", area.Name);
        Assert.Equal(AreaCode.Parse("WK030701"), area.Wijk);
        Assert.Equal(AreaCode.Parse("GM0307"), area.Gemeente);
        Assert.Equal(AreaCode.Parse("PV26"), area.Provincie);
    }

    [Theory]
    [InlineData("PV22", 525)] // Drenthe
    [InlineData("PV24", 330)] // Flevoland
    [InlineData("PV29", 353)] // Zeeland
    public void Withheld_provinces_have_geometry_but_no_scores(string provincie, int buurten)
    {
        var codes = _batch.Areas.Values.Where(a => a.Provincie?.Value == provincie).Select(a => a.Code).ToHashSet();
        Assert.Equal(buurten, codes.Count);
        Assert.DoesNotContain(_batch.Scores, s => codes.Contains(s.Area));
        Assert.Equal(buurten, _batch.Geometries.Count(g => codes.Contains(g.Area)));
    }

    [Fact]
    public void Geometry_is_stored_in_RD_New()
    {
        Assert.All(_batch.Geometries, g => Assert.Equal(28992, g.Geometry.SRID));
        var hof = _batch.Geometries.Single(g => g.Area.Value == "BU03070100").Geometry;
        // Hof is the old centre of Amersfoort, a few hundred metres from the RD origin at the Onze Lieve Vrouwetoren.
        var c = hof.Centroid.Coordinate;
        Assert.InRange(c.X, 155_000 - 1_000, 155_000 + 1_000);
        Assert.InRange(c.Y, 463_000 - 1_000, 463_000 + 1_000);
        var all = new Envelope();
        foreach (var g in _batch.Geometries) all.ExpandToInclude(g.Geometry.EnvelopeInternal);
        // The Dutch land in RD New: x roughly 0–280 km, y 300–620 km.
        Assert.InRange(all.MinX, 0, 20_000);
        Assert.InRange(all.MaxX, 270_000, 290_000);
        Assert.InRange(all.MinY, 300_000, 320_000);
        Assert.InRange(all.MaxY, 600_000, 630_000);
    }

    [Fact]
    public void Hof_area_in_square_metres_matches_an_independent_computation()
    {
        // Computed once in python from the WGS84 ring of 26.geojson with a local equirectangular projection on the
        // WGS84 ellipsoid (meridian and normal radii at the ring's mean latitude 52.1574): 77,772.7 m².
        var hof = _batch.Geometries.Single(g => g.Area.Value == "BU03070100").Geometry;
        Assert.Equal(77_772.7, hof.Area, 77_772.7 * 0.01);
    }

    [Fact]
    public void Buurt_parents_are_consistent_with_their_codes()
    {
        Assert.All(_batch.Areas.Values, a =>
        {
            Assert.Equal(a.Code.ParentByCode(), a.Wijk);
            Assert.Equal(a.Code.GemeenteByCode(), a.Gemeente);
            Assert.NotNull(a.Provincie);
        });
    }

    [Fact]
    public void Gemeenten_file_has_342_areas_and_311_scores()
    {
        // gemeenten.geojson: 342 features; the 31 gemeenten of Drenthe (12), Flevoland (6) and Zeeland (13) have no raw{}.
        var gemeenten = RealManifest.Read("lbm3-2024-gemeenten");
        Assert.Equal(342, gemeenten.CountAreas(AreaLevel.Gemeente));
        Assert.Equal(342, gemeenten.Geometries.Count);
        Assert.Equal(311, gemeenten.Scores.Count);
    }

    [Fact]
    public void Provincie_file_yields_areas_and_geometry_but_no_scores()
    {
        var provincies = RealManifest.Read("lbm3-2024-provincies");
        Assert.Equal(12, provincies.CountAreas(AreaLevel.Provincie));
        Assert.Equal(12, provincies.Geometries.Count);
        Assert.Empty(provincies.Scores);
        Assert.Contains(provincies.Areas.Values, a => a.Code.Value == "PV26");
    }
}

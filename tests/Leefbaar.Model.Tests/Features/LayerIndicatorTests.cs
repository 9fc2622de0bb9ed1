using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using NetTopologySuite.Geometries;

namespace Leefbaar.Model.Tests.Features;

/// <summary>Distances, counts and shares measured against map layers, on hand-placed geometry (RD New metres).</summary>
public sealed class LayerIndicatorTests
{
    private static readonly GeometryFactory Rd = new(new PrecisionModel(), 28992);

    private static Polygon Square(double x, double y, double side) => Rd.CreatePolygon([
        new(x, y), new(x + side, y), new(x + side, y + side), new(x, y + side), new(x, y)]);

    private static FeatureTable Build(params (string Layer, LayerFeature Feature)[] layers)
    {
        var areas = new[]
        {
            new AreaRow("BU00010001", "buurt", 2024, "West", "WK000100", "GM0001", "PV20"),
            new AreaRow("BU00010002", "buurt", 2024, "Oost", "WK000100", "GM0001", "PV20"),
        };
        // Two 1 km squares side by side; interior points at their centres (150 500, 450 500) and (151 500, 450 500).
        var geometries = new (string, int, string, Geometry)[]
        {
            ("buurt", 2024, "BU00010001", Square(150_000, 450_000, 1_000)),
            ("buurt", 2024, "BU00010002", Square(151_000, 450_000, 1_000)),
        };
        var data = new InMemoryAreaData(areas, [], geometries, layers);
        return new FeatureBuilder(data, IndicatorCatalogue.Default).Build("buurt", 2024, 2024);
    }

    [Fact]
    public void Distance_to_a_track_is_measured_to_the_line_not_its_vertices()
    {
        // A straight north–south track at x = 153 000 from y = 440 000 to 460 000: no vertex near the buurten.
        var track = Rd.CreateLineString([new(153_000, 440_000), new(153_000, 460_000)]);
        var t = Build(("rail_track", new LayerFeature(track, double.NaN)));
        var distance = t.Column("dist_rail_track_km")!;
        Assert.Equal(2.5, distance[0], 1e-9);
        Assert.Equal(1.5, distance[1], 1e-9);
    }

    [Fact]
    public void Earthquakes_are_counted_within_ten_km()
    {
        Point At(double x, double y) => Rd.CreatePoint(new Coordinate(x, y));
        var t = Build(
            ("earthquake", new LayerFeature(At(150_500, 459_000), 2.1)),  // 8.5 km north of West, 8.56 km of Oost
            ("earthquake", new LayerFeature(At(141_000, 450_500), 3.0)),  // 9.5 km west of West, 10.5 km of Oost
            ("earthquake", new LayerFeature(At(170_000, 450_500), 1.0))); // far from both
        Assert.Equal([2.0, 1.0], t.Column("earthquakes_10km")!);
    }

    [Fact]
    public void Share_inside_a_townscape_counts_overlapping_polygons_once()
    {
        // Two overlapping townscapes covering x 150 500 … 151 250 over the full height: 500 m of West, 250 m of Oost.
        var t = Build(
            ("townscape", new LayerFeature(Square(150_500, 449_000, 3_000).Intersection(Rd.CreatePolygon([
                new(150_500, 449_000), new(151_250, 449_000), new(151_250, 452_000), new(150_500, 452_000), new(150_500, 449_000)])), double.NaN)),
            ("townscape", new LayerFeature(Rd.CreatePolygon([
                new(150_600, 449_000), new(151_000, 449_000), new(151_000, 452_000), new(150_600, 452_000), new(150_600, 449_000)]), double.NaN)));
        var share = t.Column("townscape_share")!;
        Assert.Equal(0.5, share[0], 1e-9);
        Assert.Equal(0.25, share[1], 1e-9);
    }

    [Fact]
    public void A_layer_never_imported_adds_no_column()
    {
        var t = Build();
        Assert.Null(t.Column("dist_rail_track_km"));
        Assert.Null(t.Column("townscape_share"));
    }
}

using System.Text.Json;
using Leefbaar.Geo.TopoJson;
using Leefbaar.TestSupport;
using NetTopologySuite.Geometries;

namespace Leefbaar.Geo.Tests.TopoJson;

public class TopoJsonTopologyTests
{
    private static readonly GeometryFactory Factory = new();

    [Fact]
    public void Decodes_quantized_delta_arcs_and_reversed_indices()
    {
        // Two unit squares sharing the edge x = 1: arc 0 is the shared edge, drawn upwards; the right square uses it reversed (~0 = -1).
        const string json = """
            {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,20]},
             "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]],
             "objects":{"a":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"id":"left"},
               {"type":"MultiPolygon","arcs":[[[2,-1]]],"id":"right"}]}}}
            """;
        using var doc = JsonDocument.Parse(json);
        var topology = TopoJsonTopology.FromRoot(doc.RootElement);
        var members = topology.Members("a").ToList();
        var left = topology.Decode(members[0], Factory)!;
        var right = topology.Decode(members[1], Factory)!;

        Assert.Equal(1.0, left.Area, 12);
        Assert.Equal(1.0, right.Area, 12);
        Assert.Equal(new Envelope(10, 11, 20, 21), left.EnvelopeInternal);
        Assert.Equal(new Envelope(11, 12, 20, 21), right.EnvelopeInternal);
        Assert.True(left.IsValid && right.IsValid);
        Assert.Equal(1.0, left.Intersection(right).Length, 12); // they share exactly the decoded edge
    }

    [Fact]
    public void A_ring_that_does_not_close_is_refused()
    {
        const string json = """
            {"type":"Topology","arcs":[[[0,0],[1,0],[1,1],[0,1]]],
             "objects":{"a":{"type":"Polygon","arcs":[[0]]}}}
            """;
        using var doc = JsonDocument.Parse(json);
        var topology = TopoJsonTopology.FromRoot(doc.RootElement);
        var e = Assert.Throws<FormatException>(() => topology.Decode(topology.Members("a").Single(), Factory));
        Assert.Contains("does not close", e.Message);
    }

    [Fact]
    public void Decodes_the_national_buurt_topology_of_2014()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Require("ties-cbs-topojson/Buurt_2014_layer_q1e3.json")));
        var topology = TopoJsonTopology.FromRoot(doc.RootElement);
        var members = topology.Members("layer").ToList();
        Assert.Equal(11_691, members.Count); // geometries in objects.layer, counted with python's json module
        Assert.Equal(31_081, topology.ArcCount);

        var stadscentrum = members.Single(m => m.GetProperty("id").GetString() == "BU00140000");
        var geometry = topology.Decode(stadscentrum, Factory)!;
        // Shoelace area in square degrees of BU00140000 (Groningen, Stadscentrum), computed once in python3 from the
        // delta-decoded, transformed arcs with plain arithmetic (equal up to rounding in the shoelace sum).
        Assert.Equal(2.171692003116732e-05, geometry.Area, 2.171692003116732e-05 * 1e-9);

        foreach (var member in members)
        {
            var g = topology.Decode(member, Factory)!;
            foreach (var polygon in Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN).OfType<Polygon>())
            {
                Assert.True(polygon.Shell.IsClosed);
                Assert.All(polygon.Holes, h => Assert.True(h.IsClosed));
            }
        }
    }
}

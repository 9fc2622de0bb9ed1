using Leefbaar.Analysis;
using Leefbaar.App.Analysis;
using Leefbaar.App.Reports;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Union;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The national report's hot spots: its counts and cluster members agree with `analyze lisa` on the same release
/// (the statistic checked against PySAL in Analysis.Tests); each named cluster is, by the buurten's own boundaries,
/// one connected patch that no other LL/HH buurt touches; its residents and main gemeente follow from the store.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class HotSpotTests(ReportStoreFixture fx)
{
    [Fact]
    public void Clusters_are_maximal_connected_patches_of_the_lisa_run_with_the_store_residents_and_gemeente()
    {
        var hot = new ReportReader(fx.Store, StoreTruth.Year).National().HotSpots;
        Assert.NotNull(hot);
        Assert.Equal("lbm3-2024", hot.Release);
        var lisa = AnalysisRunner.Run(StoreAnalysisData.Of(fx.Store), "lisa",
            new AnalysisRequest { Level = "buurt", Year = StoreTruth.Year, Release = "lbm3-2024", Measure = "afw" }).Tables[0];
        int C(string name) => lisa.Columns.ToList().IndexOf(name);
        var cluster = lisa.Rows.ToDictionary(r => (string)r[C("code")]!, r => (string)r[C("cluster")]!);
        foreach (var type in new[] { "LL", "HH", "LH", "HL" })
            Assert.Equal(cluster.Values.Count(v => v == type), hot.Counts.GetValueOrDefault(type));
        Assert.Contains(hot.Clusters, c => c.Type == "LL");

        var reader = new WKBReader();
        var geometry = fx.Store.NewestGeometries("buurt").GroupBy(g => g.Code).ToDictionary(g => g.Key, g => reader.Read(g.First().Wkb));
        var population = fx.Store.IndicatorValues("population", "buurt", StoreTruth.Year);
        var gemeenteOf = fx.Store.Areas("buurt", StoreTruth.Year).ToDictionary(a => a.Code, a => a.Gemeente);
        var names = StoreTruth.GemeenteNames(fx.Store);
        foreach (var c in hot.Clusters.Take(6).Concat(hot.Clusters.Where(c => c.Type == "HH").Take(2)))
        {
            Assert.All(c.Buurten, b => Assert.Equal(c.Type, cluster[b]));
            // Connected: the members' boundaries, grown by half a metre, merge into one piece.
            var union = CascadedPolygonUnion.Union(c.Buurten.Select(b => geometry[b].Buffer(0.5)).ToList());
            Assert.Equal(1, union.NumGeometries);
            // Maximal: no buurt of the same type outside the cluster touches it.
            var members = c.Buurten.ToHashSet();
            var grown = union.Buffer(0.5);
            var touching = cluster.Where(kv => kv.Value == c.Type && !members.Contains(kv.Key) && geometry.ContainsKey(kv.Key))
                .Where(kv => grown.EnvelopeInternal.Intersects(geometry[kv.Key].EnvelopeInternal) && grown.Intersects(geometry[kv.Key])).Select(kv => kv.Key).ToList();
            Assert.True(touching.Count == 0, $"{c.Type} cluster of {c.Main.Name}: touched by " + string.Join("; ", touching.Select(t =>
                $"{t} at {c.Buurten.Min(b => geometry[b].Distance(geometry[t])):0.###} m, shares {c.Buurten.Max(b => geometry[b].Coordinates.Select(x => x.CoordinateValue).Intersect(geometry[t].Coordinates.Select(x => x.CoordinateValue)).Count())} vertices")));
            var residents = c.Buurten.Sum(b => population.GetValueOrDefault(b));
            Assert.Equal(residents, c.Residents, 6);
            var main = c.Buurten.GroupBy(b => gemeenteOf[b]).Select(g => (Code: g.Key, Residents: g.Sum(b => population.GetValueOrDefault(b)))).MaxBy(g => g.Residents);
            Assert.Equal(main.Code, c.Main.Code);
            Assert.Equal(names[main.Code!], c.Main.Name);
        }
        var lowOrder = hot.Clusters.Where(c => c.Type == "LL").Select(c => c.Residents).ToList();
        Assert.Equal(lowOrder.OrderDescending(), lowOrder);
    }

    [Fact]
    public void The_cluster_table_and_sentence_print_the_largest_low_cluster()
    {
        var hot = new ReportReader(fx.Store, StoreTruth.Year).National().HotSpots!;
        var top = hot.Clusters.First(c => c.Type == "LL");
        var html = new ReportHtml(ReportGenerator.RenderHtml(fx.Store, new ReportRequest("national", null, StoreTruth.Year, fx.OutDir("hot"), Pdf: false)).Html);
        var row = html.Table("clusters-laag")[0];
        Assert.StartsWith(top.Main.Name, row[1].Text);
        Assert.Equal(top.Buurten.Count, ReportHtml.Whole(row[3].Text));
        Assert.Equal((long)Math.Round(top.Residents), ReportHtml.Whole(row[4].Text));
        Assert.Equal(top.Residents, html.Fact("hotspot_top_residents"), 6);
        Assert.Equal(hot.Counts["LL"], html.Fact("hotspots_ll"));
        Assert.Contains("id=\"hotspots\" class=\"page\"", html.Html);
    }

    [Fact]
    public void Buurten_without_an_official_score_get_the_model_lisa_read_for_them_only()
    {
        var national = new ReportReader(fx.Store, StoreTruth.Year).National();
        var hot = national.ModelHotSpots;
        Assert.NotNull(hot);
        Assert.Equal(fx.ModelRelease, hot.Release);
        var lisa = AnalysisRunner.Run(StoreAnalysisData.Of(fx.Store), "lisa",
            new AnalysisRequest { Level = "buurt", Year = StoreTruth.Year, Release = fx.ModelRelease, Measure = "afw" }).Tables[0];
        int C(string name) => lisa.Columns.ToList().IndexOf(name);
        var cluster = lisa.Rows.ToDictionary(r => (string)r[C("code")]!, r => (string)r[C("cluster")]!);
        Assert.Equal(cluster.Count, hot.ReadFor);
        // The buurten read: those with a model score and no official one — Drenthe (PV22), Flevoland (PV24), Zeeland (PV29).
        var official = fx.Store.OfficialScores("lbm3-2024", "buurt", StoreTruth.Year).Where(o => o.Afw is not null).Select(o => o.Code).ToHashSet();
        var provinces = fx.Store.Areas("buurt", StoreTruth.Year).ToDictionary(a => a.Code, a => a.Provincie);
        var read = cluster.Keys.Where(c => !official.Contains(c)).ToList();
        Assert.Equal(read.Count, hot.Areas);
        Assert.All(read.Where(c => cluster[c] != "ns"), c => Assert.Contains(provinces[c], new[] { "PV22", "PV24", "PV29" }));
        foreach (var type in new[] { "LL", "HH", "LH", "HL" })
            Assert.Equal(read.Count(c => cluster[c] == type), hot.Counts.GetValueOrDefault(type));
        Assert.All(hot.Clusters.SelectMany(c => c.Buurten), b => Assert.DoesNotContain(b, official));

        var html = new ReportHtml(ReportGenerator.RenderHtml(fx.Store, new ReportRequest("national", null, StoreTruth.Year, fx.OutDir("hot-model"), Pdf: false)).Html);
        Assert.Contains("id=\"hotspots-model\" class=\"page\"", html.Html);
        Assert.Equal(hot.Counts.GetValueOrDefault("LL"), html.Fact("model_hotspots_ll"));
        Assert.Equal(national.HotSpots!.Counts["LL"], html.Fact("hotspots_ll")); // the official section keeps its numbers
    }
}

using System.Globalization;
using Leefbaar.Core.Scores;

namespace Leefbaar.App.Reports;

/// <summary>The national report's charts and its hot-spot section; every drawn number comes from <see cref="NationalReportData"/>.</summary>
internal static class NationalSections
{
    /// <summary>Residents per class as stacked bars: official class solid, model estimate hatched.</summary>
    public static void ClassChart(ReportWriter w, NationalReportData d)
    {
        var c = d.Classes;
        var bars = Enumerable.Range(1, 9).Select(k => new ChartBar(k.ToString(CultureInfo.InvariantCulture), $"{k}",
            [new BarSegment("official", c.Official[k - 1], ChoroplethSvg.Palette[k - 1]), new BarSegment("model", c.Model[k - 1], ChoroplethSvg.Palette[k - 1], Hatched: true)])).ToList();
        var title = w.T($"Inwoners per klasse, {d.Year}", $"Residents per class, {d.Year}");
        w.Raw("<figure>");
        w.Raw(SvgChart.StackedBars("grafiek-klassen", title, bars, v => Millions(w, v),
            [(w.T($"officiële klasse ({d.Releases.Official ?? "–"})", $"official class ({d.Releases.Official ?? "–"})"), "#bdbdbd", false),
             (w.T("schatting Leefbaar-model", "Leefbaar model estimate"), "#bdbdbd", true)]));
        w.Raw("<figcaption>" + ReportWriter.E(w.T(
            $"{title}: klasse 1 zeer onvoldoende … 9 uitstekend. Effen = officiële klasse ({d.Releases.Official ?? "–"}), gearceerd = Leefbaar-model ({d.Releases.Model ?? "–"}). Inwoners: CBS {ReportReader.Division}.",
            $"{title}: class 1 very insufficient … 9 excellent. Solid = official class ({d.Releases.Official ?? "–"}), hatched = Leefbaar model ({d.Releases.Model ?? "–"}). Residents: CBS {ReportReader.Division}.")) + "</figcaption></figure>\n");
    }

    /// <summary>The five dimensions and afw by stedelijkheid as grouped bars (residents-weighted means over buurten).</summary>
    public static void UrbanityChart(ReportWriter w, NationalReportData d)
    {
        var groups = d.ByUrbanity.Where(g => g.Group is "1" or "2" or "3" or "4" or "5").OrderBy(g => g.Group, StringComparer.Ordinal).ToList();
        if (groups.Count == 0) return;
        string[] fills = ["#01665e", "#35978f", "#80cdc1", "#dfc27d", "#8c510a"];
        var categories = Dimensions.All.Select(dim => (dim.Code(), w.DimensionName(dim))).Append(("afw", w.T("totaal (afw)", "total (afw)"))).ToList();
        var series = groups.Select(g => (g.Group, UrbanityLabel(w, g.Group), fills[int.Parse(g.Group, CultureInfo.InvariantCulture) - 1])).ToList();
        double? Value(string category, string group)
        {
            var g = groups.First(x => x.Group == group);
            if (category == "afw") return g.MeanAfw;
            var i = Dimensions.All.Select(x => x.Code()).ToList().IndexOf(category);
            return g.MeanDimensions[i];
        }
        var title = w.T("Elke dimensie naar stedelijkheid", "Each dimension by urbanity");
        w.Raw("<figure>");
        w.Raw(SvgChart.GroupedBars("grafiek-stedelijkheid", title, categories, series, Value, v => w.A(v).Replace("+0,000", "0").Replace("+0.000", "0")));
        w.Raw("<figcaption>" + ReportWriter.E(w.T(
            $"{title}: afwijking van het landelijk gemiddelde, naar inwoners gewogen over de buurten (officieel waar gepubliceerd, {d.Releases.Official ?? "–"}; anders model, {d.Releases.Model ?? "–"}). Stedelijkheid van de buurt volgens CBS.",
            $"{title}: deviation from the national mean, weighted by residents over the buurten (official where published, {d.Releases.Official ?? "–"}; else model, {d.Releases.Model ?? "–"}). Urbanity of the buurt per CBS.")) + "</figcaption></figure>\n");
    }

    /// <summary>The LISA clusters: a map of the significant buurten over grey gemeenten and the main clusters named by gemeente.</summary>
    public static void HotSpotSection(ReportWriter w, HotSpots h)
    {
        // The model's clusters in the buurten without an official score get their own section, ids and facts.
        var model = h.ReadFor is not null;
        var key = model ? "model_hotspots" : "hotspots";
        w.Section(model ? "hotspots-model" : "hotspots", model
            ? w.T("Concentraties waar geen officiële score is (model)", "Concentrations where no official score exists (model)")
            : w.T("Concentraties: clusters van lage en hoge scores", "Concentrations: clusters of low and high scores"), newPage: true);
        if (model)
            w.Para(ReportWriter.E(w.T(
                $"De officiële scores van {h.Year} ontbreken voor {w.N(h.Areas)} buurten. Voor hen staat hieronder dezelfde toets op de Leefbaar-modelscore ({h.Release}), berekend over alle {w.N(h.ReadFor!.Value)} buurten zodat buren over de provinciegrens meetellen; het is een modelschatting, geen officiële uitkomst.",
                $"The official scores of {h.Year} are missing for {w.N(h.Areas)} buurten. For them, the same test on the Leefbaar model score ({h.Release}) follows, computed over all {w.N(h.ReadFor!.Value)} buurten so neighbours across the provincial border count; it is a model estimate, not an official result.")));
        int N(string type) => h.Counts.GetValueOrDefault(type);
        var low = h.Clusters.Where(c => c.Type == "LL").ToList();
        var high = h.Clusters.Where(c => c.Type == "HH").ToList();
        var s = w.T(
            $"Lokale Moran (LISA) van de buurtscore afw in {h.Year} ({ReportWriter.E(h.Release)}, {w.N(h.Areas)} buurten, buren: {ReportWriter.E(h.Weights)}-contiguïteit, {w.N(h.Permutations)} permutaties, FDR {h.Alpha.ToString("0.00", w.Culture)}): " +
            $"{w.Fact(key + "_ll", N("LL"), w.N(N("LL")))} buurten liggen in een cluster van lage scores (laag tussen laag, LL) en {w.Fact(key + "_hh", N("HH"), w.N(N("HH")))} in een cluster van hoge scores (HH); {w.N(N("LH"))} lage buurten liggen tussen hoge en {w.N(N("HL"))} hoge tussen lage.",
            $"Local Moran (LISA) of the buurt score afw in {h.Year} ({ReportWriter.E(h.Release)}, {w.N(h.Areas)} buurten, neighbours: {ReportWriter.E(h.Weights)} contiguity, {w.N(h.Permutations)} permutations, FDR {h.Alpha.ToString("0.00", w.Culture)}): " +
            $"{w.Fact(key + "_ll", N("LL"), w.N(N("LL")))} buurten lie in a cluster of low scores (low among low, LL) and {w.Fact(key + "_hh", N("HH"), w.N(N("HH")))} in a cluster of high scores (HH); {w.N(N("LH"))} low buurten lie among high ones and {w.N(N("HL"))} high ones among low.");
        if (low.Count > 0)
        {
            var top = low[0];
            s += " " + w.T(
                $"Het grootste cluster van lage scores ligt in {ReportWriter.E(top.Main.Name)}: {w.Fact((model ? "model_hotspot" : "hotspot") + "_top_buurten", top.Buurten.Count, w.N(top.Buurten.Count))} aaneengesloten buurten met {w.Fact((model ? "model_hotspot" : "hotspot") + "_top_residents", top.Residents, w.N(top.Residents))} inwoners.",
                $"The largest cluster of low scores lies in {ReportWriter.E(top.Main.Name)}: {w.Fact((model ? "model_hotspot" : "hotspot") + "_top_buurten", top.Buurten.Count, w.N(top.Buurten.Count))} contiguous buurten with {w.Fact((model ? "model_hotspot" : "hotspot") + "_top_residents", top.Residents, w.N(top.Residents))} residents.");
        }
        w.Para(s);
        var legend = new[] { "LL", "LH", "HL", "HH" }.Select(t => (ReportReader.ClusterFill[t], ClusterLabel(w, t))).Append(("#e4e4e4", w.T("niet significant / geen score", "not significant / no score"))).ToList();
        w.Raw(ChoroplethSvg.RenderLayers([h.Background, h.Map], legend, w.T("Clusters van de buurtscore", "Clusters of the buurt score"), 640, "map narrow"));
        w.Para(ReportWriter.E(w.T($"Kaart: buurten in een significant cluster, {h.Release} {h.Year}; grijs: gemeenten (geen significant cluster{(model ? " of een officiële score" : " of geen officiële score")}).",
            $"Map: buurten in a significant cluster, {h.Release} {h.Year}; grey: gemeenten (no significant cluster{(model ? " or an official score" : " or no official score")}).")), "src");
        ClusterTable(w, model ? "clusters-laag-model" : "clusters-laag", low, w.T("De grootste clusters van lage scores (LL), naar inwoners; een cluster is een aaneengesloten groep LL-buurten (buren volgens de gewichten van de toets, of met grenzen die elkaar raken).",
            "The largest clusters of low scores (LL), by residents; a cluster is a contiguous group of LL buurten (neighbours by the test's weights, or with boundaries that touch)."));
        ClusterTable(w, model ? "clusters-hoog-model" : "clusters-hoog", high, w.T("De grootste clusters van hoge scores (HH), naar inwoners.", "The largest clusters of high scores (HH), by residents."));
        w.EndSection();
    }

    private static void ClusterTable(ReportWriter w, string id, IReadOnlyList<HotSpotCluster> clusters, string caption)
    {
        if (clusters.Count == 0) return;
        w.Table(id, ["#", w.T("gemeente (meeste inwoners)", "gemeente (most residents)"), w.T("ook in", "also in"), w.T("buurten", "buurten"), w.T("inwoners", "residents"), w.T("gem. afw", "mean afw")],
            clusters.Select((c, i) => (IReadOnlyList<(string, object?)>)[
                ((i + 1).ToString(CultureInfo.InvariantCulture), i + 1),
                ($"{ReportWriter.E(c.Main.Name)} <span class=\"src\">{ReportWriter.E(c.Main.Code)}</span>", c.Main.Name),
                (ReportWriter.E(string.Join(", ", c.Gemeenten.Skip(1).Take(4).Select(g => g.Name)) + (c.Gemeenten.Count > 5 ? w.T($" en {c.Gemeenten.Count - 5} andere", $" and {c.Gemeenten.Count - 5} more") : "")), c.Gemeenten.Count),
                (w.N(c.Buurten.Count), c.Buurten.Count), (w.N(c.Residents), c.Residents), (w.A(c.MeanValue), c.MeanValue)]),
            ReportWriter.E(caption));
    }

    internal static string ClusterLabel(ReportWriter w, string type) => type switch
    {
        "LL" => w.T("LL: laag tussen laag", "LL: low among low"),
        "LH" => w.T("LH: laag tussen hoog", "LH: low among high"),
        "HL" => w.T("HL: hoog tussen laag", "HL: high among low"),
        _ => w.T("HH: hoog tussen hoog", "HH: high among high"),
    };

    // Axis numbers of residents: whole numbers below a million, else millions with one decimal.
    private static string Millions(ReportWriter w, double v) => v >= 1_000_000 ? (v / 1_000_000).ToString("0.#", w.Culture) + w.T(" mln", " M") : w.N(v);

    /// <summary>The CBS stedelijkheid class in words.</summary>
    public static string UrbanityLabel(ReportWriter w, string group) => group switch
    {
        "1" => w.T("1 zeer sterk stedelijk", "1 very strongly urban"),
        "2" => w.T("2 sterk stedelijk", "2 strongly urban"),
        "3" => w.T("3 matig stedelijk", "3 moderately urban"),
        "4" => w.T("4 weinig stedelijk", "4 hardly urban"),
        "5" => w.T("5 niet stedelijk", "5 not urban"),
        _ => w.T("onbekend", "unknown"),
    };
}

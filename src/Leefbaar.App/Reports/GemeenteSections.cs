using Leefbaar.Core.Areas;
using System.Globalization;
using Leefbaar.Core.Scores;

namespace Leefbaar.App.Reports;

/// <summary>The wijkdiagnose's comparison with similar gemeenten and its series; every number comes from <see cref="GemeenteReportData"/>.</summary>
internal static class GemeenteSections
{
    // Groups of more members than this are described, not listed (the "rest" group has some 250).
    private const int ListMembersUpTo = 60;

    /// <summary>The gemeente beside similar gemeenten, its province, its municipality group and Nederland, with the members named.</summary>
    public static void Comparison(ReportWriter w, GemeenteReportData d)
    {
        var groups = d.Comparison ?? [];
        w.Section("vergelijking", w.T("Vergelijking met vergelijkbare gemeenten en Nederland", "Comparison with similar gemeenten and the Netherlands"), newPage: true);
        var headers = new List<string> { w.T("vergelijking", "comparison"), w.T("gemeenten", "gemeenten"), w.T("buurten", "buurten"), w.T("inwoners", "residents"), "afw" };
        headers.AddRange(Dimensions.All.Select(x => x.Code()));
        headers.AddRange([w.T("aandeel klasse 1–3", "share class 1–3"), w.T("aandeel klasse 1–4", "share class 1–4")]);
        w.Table("vergelijking-tabel", headers, groups.Select(g =>
        {
            var s = g.Summary;
            var label = Label(w, d, g);
            var cells = new List<(string, object?)> { (ReportWriter.E(label), label),
                (g.Kind == ComparisonKind.Nederland ? "–" : w.N(g.Members.Count), g.Kind == ComparisonKind.Nederland ? null : g.Members.Count),
                (w.N(s.Areas), s.Areas), (w.N(s.Residents), s.Residents), (w.A(s.MeanAfw), s.MeanAfw) };
            cells.AddRange(s.MeanDimensions.Select(v => (w.A(v), (object?)v)));
            cells.Add((s.Residents > 0 ? w.P(s.ShareWeak) : "–", s.Residents > 0 ? s.ShareWeak : null));
            cells.Add((s.Residents > 0 ? w.P(s.ShareClass4OrLower) : "–", s.Residents > 0 ? s.ShareClass4OrLower : null));
            return (IReadOnlyList<(string, object?)>)cells;
        }), ReportWriter.E(w.T(
            $"Per rij de buurten van de gemeenten erin, naar inwoners gewogen (afw en dimensies: afwijking van het landelijk gemiddelde; officieel waar gepubliceerd, {d.Releases.Official ?? "–"}, anders model, {d.Releases.Model ?? "–"}). De vergelijkingsgroepen tellen {d.Gemeente.Name} zelf niet mee; Nederland wel.",
            $"Each row pools the buurten of its gemeenten, weighted by residents (afw and dimensions: deviation from the national mean; official where published, {d.Releases.Official ?? "–"}, else model, {d.Releases.Model ?? "–"}). The comparison groups leave {d.Gemeente.Name} itself out; Nederland includes it.")));
        w.Raw("<dl class=\"members\">");
        foreach (var g in groups.Where(g => g.Kind is not (ComparisonKind.Self or ComparisonKind.Nederland)))
        {
            w.Raw("<dt>" + ReportWriter.E(Label(w, d, g)) + "</dt><dd>");
            w.Raw(g.Members.Count == 0 ? ReportWriter.E(w.T("geen andere gemeente", "no other gemeente"))
                : g.Members.Count <= ListMembersUpTo ? ReportWriter.E(string.Join(", ", g.Members.Select(m => m.Name)) + ".")
                : ReportWriter.E(w.T($"{g.Members.Count} gemeenten (te veel om op te sommen).", $"{g.Members.Count} gemeenten (too many to list).")));
            w.Raw("</dd>");
        }
        w.Raw("</dl>\n");
        w.EndSection();
    }

    /// <summary>The gemeente's buurten in the national LISA clusters: a map and the LL/HH buurten by name.</summary>
    public static void HotSpots(ReportWriter w, GemeenteReportData d)
    {
        if (d.HotSpots is not { } h) return;
        w.Section("hotspots", w.T("Concentraties: clusters van lage en hoge scores", "Concentrations: clusters of low and high scores"));
        int N(string type) => h.Counts.GetValueOrDefault(type);
        var origin = h.Origin == ScoreOrigin.Official ? w.T("officiële scores", "official scores") : w.T("scores van het Leefbaar-model", "Leefbaar model scores");
        var run = w.T(
            $"Lokale Moran (LISA) van de buurtscore afw in {h.Year} over alle {w.N(h.NationalAreas)} buurten met {ReportWriter.E(origin)} ({ReportWriter.E(h.Release)}; queen-contiguïteit, {w.N(h.Permutations)} permutaties, FDR {h.Alpha.ToString("0.00", w.Culture)}), gelezen voor de buurten van {ReportWriter.E(d.Gemeente.Name)}: ",
            $"Local Moran (LISA) of the buurt score afw in {h.Year} over all {w.N(h.NationalAreas)} buurten with {ReportWriter.E(origin)} ({ReportWriter.E(h.Release)}; queen contiguity, {w.N(h.Permutations)} permutations, FDR {h.Alpha.ToString("0.00", w.Culture)}), read for the buurten of {ReportWriter.E(d.Gemeente.Name)}: ");
        var none = N("LL") + N("HH") + N("LH") + N("HL") == 0;
        var s = run + (none
            ? w.T($"geen van de buurten ligt in een significant cluster{w.Fact("gm_hotspots_ll", 0, "")}{w.Fact("gm_hotspots_hh", 0, "")}; de scores liggen hier niet opvallend geconcentreerd hoog of laag.",
                $"none of the buurten lies in a significant cluster{w.Fact("gm_hotspots_ll", 0, "")}{w.Fact("gm_hotspots_hh", 0, "")}; scores here are not notably concentrated high or low.")
            : w.T($"{w.Fact("gm_hotspots_ll", N("LL"), w.N(N("LL")))} liggen in een cluster van lage scores (laag tussen laag, LL), {w.Fact("gm_hotspots_hh", N("HH"), w.N(N("HH")))} in een cluster van hoge scores (HH), {w.N(N("LH"))} zijn lage buurten tussen hoge en {w.N(N("HL"))} hoge tussen lage. Een cluster houdt niet op bij de gemeentegrens.",
                $"{w.Fact("gm_hotspots_ll", N("LL"), w.N(N("LL")))} lie in a cluster of low scores (low among low, LL), {w.Fact("gm_hotspots_hh", N("HH"), w.N(N("HH")))} in a cluster of high scores (HH), {w.N(N("LH"))} are low buurten among high ones and {w.N(N("HL"))} high ones among low. A cluster does not stop at the municipal border."));
        var low = h.Significant.Where(b => b.Label == "LL").Select(b => b.Name).ToList();
        if (low.Count > 0)
            s += " " + ReportWriter.E(w.T($"Buurten in een cluster van lage scores: {string.Join(", ", low.Take(25))}{(low.Count > 25 ? $" en {low.Count - 25} andere" : "")}.",
                $"Buurten in a cluster of low scores: {string.Join(", ", low.Take(25))}{(low.Count > 25 ? $" and {low.Count - 25} others" : "")}."));
        w.Para(s);
        var legend = new[] { "LL", "LH", "HL", "HH" }.Select(t => (ReportReader.ClusterFill[t], NationalSections.ClusterLabel(w, t)))
            .Append(("#e4e4e4", w.T("niet significant / geen score", "not significant / no score"))).ToList();
        w.Raw(ChoroplethSvg.RenderLayers([h.Map], legend, w.T($"Clusters van de buurtscore in {d.Gemeente.Name}", $"Clusters of the buurt score in {d.Gemeente.Name}"), 640, "map narrow"));
        w.EndSection();
    }

    private static string Label(ReportWriter w, GemeenteReportData d, ComparisonGroup g) => g.Kind switch
    {
        ComparisonKind.Self => g.Label,
        ComparisonKind.Similar => w.T($"vergelijkbaar: stedelijkheid {d.Urbanity ?? "?"}, {GemeenteSize.Label(d.SizeClass, w)}", $"similar: urbanity {d.Urbanity ?? "?"}, {GemeenteSize.Label(d.SizeClass, w)}"),
        ComparisonKind.Province => w.T($"overige gemeenten in {d.ProvinceName ?? g.Label}", $"other gemeenten in {d.ProvinceName ?? g.Label}"),
        ComparisonKind.MunicipalityGroup => g.Label == "rest" ? w.T("overige gemeenten buiten G4, G40 en M50", "other gemeenten outside G4, G40 and M50")
            : w.T($"overige gemeenten van de {g.Label}", $"other gemeenten of the {g.Label}"),
        _ => w.T("Nederland", "the Netherlands"),
    };

    /// <summary>The postcode series (LBM 3.0) and the LBM 2.0 classes as line charts, each labelled with its release.</summary>
    public static void Series(ReportWriter w, GemeenteReportData d)
    {
        var s = d.Series;
        w.Section("reeksen", w.T("Ontwikkeling in de tijd", "Development over time"));
        if (s is null || ((s.PostcodeRelease is null || s.Gemeente.Count == 0) && s.Lbm2Release is null))
        {
            w.Para(ReportWriter.E(w.T("De store bevat geen reeks voor deze gemeente.", "The store holds no series for this gemeente.")));
            w.EndSection();
            return;
        }
        w.Para(ReportWriter.E(w.T("Elke reeks komt uit één release en wordt niet met een andere gemengd: de scores van de releases liggen op verschillende schalen.",
            "Each series comes from one release and is never mixed with another: the releases' scores are on different scales.")), "src");
        if (s.PostcodeRelease is { } none && s.Gemeente.Count == 0)
            w.Para(ReportWriter.E(w.T($"De postcodereeks van de Leefbaarometer 3.0 ({none}) bevat geen score voor de postcodegebieden van {d.Gemeente.Name}.",
                $"The postcode series of the Leefbaarometer 3.0 ({none}) holds no score for the postcode areas of {d.Gemeente.Name}.")));
        if (s.PostcodeRelease is { } pc && s.Gemeente.Count > 0)
        {
            var first = s.Gemeente[0];
            var last = s.Gemeente[^1];
            w.Para(w.T(
                $"In de postcodereeks van de Leefbaarometer 3.0 ({ReportWriter.E(pc)}) scoren de {w.N(last.Postcodes)} postcodegebieden van {ReportWriter.E(d.Gemeente.Name)} samen {w.Fact("series_first", first.Afw, w.A(first.Afw))} in {first.Year} en {w.Fact("series_last", last.Afw, w.A(last.Afw))} in {last.Year}" +
                (s.Nederland.FirstOrDefault(n => n.Year == last.Year) is { Year: > 0 } nl ? $"; Nederland in {last.Year}: {w.A(nl.Afw)}." : "."),
                $"In the postcode series of the Leefbaarometer 3.0 ({ReportWriter.E(pc)}) the {w.N(last.Postcodes)} postcode areas of {ReportWriter.E(d.Gemeente.Name)} together score {w.Fact("series_first", first.Afw, w.A(first.Afw))} in {first.Year} and {w.Fact("series_last", last.Afw, w.A(last.Afw))} in {last.Year}" +
                (s.Nederland.FirstOrDefault(n => n.Year == last.Year) is { Year: > 0 } nl2 ? $"; the Netherlands in {last.Year}: {w.A(nl2.Afw)}." : ".")));
            var lines = new List<ChartLine>();
            lines.AddRange(s.Postcodes.Select(p => new ChartLine("pc4-" + p.Code, $"{p.Code} {p.Place}", p.Points, "#b9b9b9", 0.8, Dots: false, InLegend: false)));
            lines.Add(new ChartLine("nederland", w.T("Nederland", "the Netherlands"), s.Nederland, "#555555", 2, Dashed: true));
            lines.Add(new ChartLine(LevelName.Gemeente, d.Gemeente.Name, s.Gemeente.Select(g => (g.Year, g.Afw)).ToList(), "#01665e", 3));
            var title = w.T($"Leefbaarometer 3.0, postcodereeks ({pc}): afw", $"Leefbaarometer 3.0, postcode series ({pc}): afw");
            var bands = ClassBands();
            w.Raw("<figure>");
            // The axis spans the gemeente and Nederland and the middle 90 % of the postcode values; outliers are clipped.
            var main = s.Gemeente.Select(g => g.Afw).Concat(s.Nederland.Select(n => n.Afw)).ToList();
            var all = s.Postcodes.SelectMany(p => p.Points.Select(x => x.Afw)).Order().ToList();
            double Q(double q) => all.Count == 0 ? main.Average() : all[(int)Math.Round(q * (all.Count - 1))];
            var lo = Math.Floor(Math.Min(main.Min(), Q(0.05)) * 20 - 1) / 20;
            var hi = Math.Ceiling(Math.Max(main.Max(), Q(0.95)) * 20 + 1) / 20;
            w.Raw(SvgChart.Lines("grafiek-pc4", title, lines, v => w.A(v), "afw", yMin: lo, yMax: hi, bands: bands));
            w.Raw("<figcaption>" + ReportWriter.E(w.T(
                $"{title}. Dik: {d.Gemeente.Name}, de postcodegebieden die hoofdpostcode van een van haar buurten zijn, gewogen met de inwoners (CBS {ReportReader.Division}) van die buurten; gestippeld: Nederland (alle postcodegebieden, zo gewogen); grijs: elk postcodegebied apart. Achtergrond: klassen van LBM 3.0.",
                $"{title}. Thick: {d.Gemeente.Name}, the postcode areas that are the main postcode of one of its buurten, weighted by the residents (CBS {ReportReader.Division}) of those buurten; dashed: the Netherlands (all postcode areas, weighted the same way); grey: each postcode area. Background: LBM 3.0 classes.")) + "</figcaption></figure>\n");
        }
        if (s.Lbm2Release is { } l2 && s.Lbm2Classes.Count > 0)
        {
            var title = w.T($"Leefbaarometer 2.0 ({l2}): klasse van de gemeente", $"Leefbaarometer 2.0 ({l2}): class of the gemeente");
            var first = s.Lbm2Classes[0];
            var last = s.Lbm2Classes[^1];
            w.Para(w.T(
                $"In de Leefbaarometer 2.0 ({ReportWriter.E(l2)}) had {ReportWriter.E(d.Gemeente.Name)} in {first.Year} klasse {w.Fact("lbm2_first", first.Class, first.Class.ToString(CultureInfo.InvariantCulture))} en in {last.Year} klasse {w.Fact("lbm2_last", last.Class, last.Class.ToString(CultureInfo.InvariantCulture))} (klassen van LBM 2.0; niet vergelijkbaar met die van LBM 3.0).",
                $"In the Leefbaarometer 2.0 ({ReportWriter.E(l2)}) {ReportWriter.E(d.Gemeente.Name)} had class {w.Fact("lbm2_first", first.Class, first.Class.ToString(CultureInfo.InvariantCulture))} in {first.Year} and class {w.Fact("lbm2_last", last.Class, last.Class.ToString(CultureInfo.InvariantCulture))} in {last.Year} (LBM 2.0 classes; not comparable with those of LBM 3.0)."));
            w.Raw("<figure>");
            w.Raw(SvgChart.Lines("grafiek-lbm2", title, [new ChartLine("lbm2-gemeente", d.Gemeente.Name, s.Lbm2Classes.Select(c => (c.Year, (double)c.Class)).ToList(), "#01665e", 3)],
                v => v.ToString("0", CultureInfo.InvariantCulture), w.T("klasse", "class"), yMin: 1, yMax: 9, height: 200));
            w.Raw("<figcaption>" + ReportWriter.E(w.T($"{title}, 1 zeer onvoldoende … 9 uitstekend, gemeentecode {d.Gemeente.Code}.",
                $"{title}, 1 very insufficient … 9 excellent, gemeente code {d.Gemeente.Code}.")) + "</figcaption></figure>\n");
        }
        if (s.Lbm2Release is { } rel && s.Lbm2Wijken is { Count: > 0 } wijken)
        {
            var years = wijken.SelectMany(x => x.Classes.Select(c => c.Year)).Distinct().Order().ToList();
            var rose = wijken.Count(x => x.Classes.Count > 1 && x.Classes[^1].Class > x.Classes[0].Class);
            var fell = wijken.Count(x => x.Classes.Count > 1 && x.Classes[^1].Class < x.Classes[0].Class);
            w.Para(w.T(
                $"Per wijk (Leefbaarometer 2.0, {ReportWriter.E(rel)}, wijkindeling van toen): van de {w.Fact("lbm2_wijken", wijken.Count, w.N(wijken.Count))} wijken gingen er {w.Fact("lbm2_wijken_rose", rose, w.N(rose))} tussen {years[0]} en {years[^1]} een of meer klassen omhoog en {w.Fact("lbm2_wijken_fell", fell, w.N(fell))} omlaag.",
                $"Per wijk (Leefbaarometer 2.0, {ReportWriter.E(rel)}, the wijk division of the time): of the {w.Fact("lbm2_wijken", wijken.Count, w.N(wijken.Count))} wijken, {w.Fact("lbm2_wijken_rose", rose, w.N(rose))} rose one or more classes between {years[0]} and {years[^1]} and {w.Fact("lbm2_wijken_fell", fell, w.N(fell))} fell."));
            w.Table("tabel-lbm2-wijken", [w.T("Wijk", "Wijk"), w.T("Naam (indeling 2024)", "Name (2024 division)"), .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
                wijken.Select(x => (IReadOnlyList<(string, object?)>)[(x.Code, x.Code), (ReportWriter.E(x.Name ?? "–"), x.Name ?? ""),
                    .. years.Select(y => x.Classes.FirstOrDefault(c => c.Year == y) is { Year: > 0 } c ? (w.ClassCell(c.Class), (object?)c.Class) : ("–", null))]),
                w.T($"Klassen 1–9 van de Leefbaarometer 2.0 per wijk ({rel}); niet vergelijkbaar met die van LBM 3.0.", $"LBM 2.0 classes 1–9 per wijk ({rel}); not comparable with those of LBM 3.0."));
        }
        w.EndSection();
    }

    // Light class colours behind the afw chart: class k spans its LBM 3.0 boundaries.
    private static List<(double, double, string)> ClassBands()
    {
        var b = Leefbaar.Model.Releases.TargetRelease.Lbm3_2024.ClassBoundaries;
        var bands = new List<(double, double, string)>();
        for (var k = 1; k <= 9; k++)
        {
            var from = k == 1 ? -10 : b[k - 2];
            var to = k == 9 ? 10 : b[k - 1];
            bands.Add((from, to, ChoroplethSvg.Palette[k - 1]));
        }
        return bands;
    }
}

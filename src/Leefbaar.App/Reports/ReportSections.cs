using System.Globalization;
using Leefbaar.Core.Scores;

namespace Leefbaar.App.Reports;

/// <summary>Sections both reports share: area tables, group tables, methods, sources.</summary>
internal static class ReportSections
{
    public static void AreaRows(ReportWriter w, string id, IEnumerable<ReportArea> areas)
    {
        var headers = new List<string> { w.T("code", "code"), w.T("naam", "name"), w.T("klasse", "class"), "afw" };
        headers.AddRange(Dimensions.All.Select(d => d.Code()));
        headers.AddRange([w.T("inwoners", "residents"), w.T("betrouwbaar", "reliable"), w.T("bron", "source")]);
        w.Table(id, headers, areas.Select(a =>
        {
            var cells = new List<(string, object?)> { (ReportWriter.E(a.Code), a.Code), (ReportWriter.E(a.Name), a.Name), (w.ClassCell(a.Class), a.Class), (w.A(a.Afw), a.Afw) };
            cells.AddRange(a.Dimensions.Select(v => (w.A(v), (object?)v)));
            cells.Add((w.N(a.Residents), a.Residents));
            cells.Add((a.Origin == ScoreOrigin.None ? "–" : a.Reliable ? w.T("ja", "yes") : w.T("nee", "no"), a.Reliable ? 1 : 0));
            cells.Add(($"<span class=\"src\">{ReportWriter.E(w.Origin(a.Origin, a.Release))}</span>", a.Release ?? ""));
            return (IReadOnlyList<(string, object?)>)cells;
        }));
        w.Para(ReportWriter.E(w.T("Dimensies: won = woningvoorraad, fys = fysieke omgeving, vrz = voorzieningen, soc = sociale samenhang, onv = overlast en onveiligheid; afw = hun som.",
            "Dimensions: won = housing stock, fys = physical environment, vrz = amenities, soc = social cohesion, onv = nuisance and unsafety; afw = their sum.")), "src");
    }

    public static void GroupTable(ReportWriter w, string id, IEnumerable<GroupSummary> groups, string caption)
    {
        var headers = new List<string> { w.T("groep", "group"), w.T("buurten", "buurten"), w.T("inwoners", "residents"), "afw" };
        headers.AddRange(Dimensions.All.Select(d => d.Code()));
        headers.AddRange([w.T("inwoners klasse 1–3", "residents class 1–3"), w.T("aandeel 1–3", "share 1–3")]);
        w.Table(id, headers, groups.Select(g =>
        {
            var cells = new List<(string, object?)> { (ReportWriter.E(g.Label), g.Label), (w.N(g.Areas), g.Areas), (w.N(g.Residents), g.Residents), (w.A(g.MeanAfw), g.MeanAfw) };
            cells.AddRange(g.MeanDimensions.Select(v => (w.A(v), (object?)v)));
            cells.Add((w.N(g.ResidentsWeak), g.ResidentsWeak));
            cells.Add((w.P(g.ShareWeak), g.ShareWeak));
            return (IReadOnlyList<(string, object?)>)cells;
        }), ReportWriter.E(caption));
    }

    public static void Methods(ReportWriter w, ReportReleases r, int year)
    {
        w.Section("methode", w.T("Methode", "Methods"), newPage: true);
        w.Para(ReportWriter.E(w.T(
            $"Elke score in dit rapport is de officiële Leefbaarometer-score van {year} waar het ministerie die publiceert (release {r.Official ?? "geen"}). Waar geen officiële score bestaat, staat de schatting van het Leefbaar-model (release {r.Model ?? "geen"}); elke tabelregel en elke zin noemt de release. Scores zijn afwijkingen (afw) van het landelijk gemiddelde, de som van vijf dimensies; de negen klassen lopen van zeer onvoldoende tot uitstekend. Inwoners komen uit de CBS-kerncijfers ({ReportReader.Division}); groepen, provincies en stedelijkheid uit de CBS-indeling {ReportReader.Division}.",
            $"Every score in this report is the official Leefbaarometer score of {year} where the ministry publishes one (release {r.Official ?? "none"}). Where no official score exists, the Leefbaar model's estimate is shown (release {r.Model ?? "none"}); every table row and every sentence names the release. Scores are deviations (afw) from the national mean, the sum of five dimensions; the nine classes run from very insufficient to excellent. Residents come from the CBS key figures ({ReportReader.Division}); groups, provinces and urbanity from the CBS division {ReportReader.Division}.")));
        if (r.Model is not null)
        {
            string M(string key, string format) => r.ModelAccuracy.TryGetValue(key, out var v) ? v.ToString(format, w.Culture) : "–";
            w.Para(ReportWriter.E(w.T(
                $"Het model ({r.ModelEstimator}) is getoetst op buurten met een officiële score, steeds op een provincie die niet in de fit zat (n = {M("n", "#,0")}): rangcorrelatie van afw {M("afw.spearman", "0.00")}, R² {M("afw.r2", "0.00")}, gemiddelde absolute fout {M("afw.mae", "0.000")}; de klasse is in {M("class.exact", "0%")} van de buurten exact goed en in {M("class.within1", "0%")} hooguit één klasse mis. Een modelscore is een schatting, geen meting. Buurten met minder dan {r.ReliabilityMinPopulation:0} inwoners heten onbetrouwbaar.",
                $"The model ({r.ModelEstimator}) was tested on buurten with an official score, each time on a province left out of the fit (n = {M("n", "#,0")}): rank correlation of afw {M("afw.spearman", "0.00")}, R² {M("afw.r2", "0.00")}, mean absolute error {M("afw.mae", "0.000")}; the class is exactly right for {M("class.exact", "0%")} of the buurten and at most one class off for {M("class.within1", "0%")}. A model score is an estimate, not a measurement. Buurten with fewer than {r.ReliabilityMinPopulation:0} residents are marked unreliable.")));
        }
        else
        {
            w.Para(ReportWriter.E(w.T("De store bevat geen modelrelease voor dit jaar: gebieden zonder officiële score blijven leeg (draai './leefbaar fit').",
                "The store holds no model release for this year: areas without an official score stay empty (run './leefbaar fit').")));
        }
        w.EndSection();
    }

    public static void Sources(ReportWriter w, IReadOnlyList<string> datasets)
    {
        w.Section("bronnen", w.T("Bronnen", "Sources"));
        w.Raw("<ul>");
        foreach (var line in new[]
        {
            w.T("Bron: Leefbaarometer 3.0, Ministerie van BZK — officiële scores en klassen.", "Source: Leefbaarometer 3.0, Ministerie van BZK — official scores and classes."),
            w.T("Bron: CBS — inwoners, wijk- en buurtindeling, stedelijkheid, kerncijfers.", "Source: CBS (Statistics Netherlands) — residents, area division, urbanity, key figures."),
            w.T("Bron: PDOK / Kadaster — grenzen van gemeenten, wijken en buurten.", "Source: PDOK / Kadaster — boundaries of gemeenten, wijken and buurten."),
            w.T("Leefbaar-model: eigen schatting uit open data, gewichten gepubliceerd bij de release.", "Leefbaar model: own estimate from open data, weights published with the release."),
        }) w.Raw("<li>" + ReportWriter.E(line) + "</li>");
        w.Raw("</ul>");
        w.Para(ReportWriter.E(w.T("Geïmporteerde datasets: ", "Imported datasets: ") + string.Join(", ", datasets) + "."), "src");
        w.EndSection();
    }

    public static string Generated(ReportWriter w, DateTimeOffset at) => ReportWriter.E(w.T(
        $"Gemaakt met Leefbaar op {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Alle getallen komen uit de store; de tekst is uit die getallen gegenereerd.",
        $"Made with Leefbaar on {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Every number comes from the store; the text is generated from those numbers."));
}

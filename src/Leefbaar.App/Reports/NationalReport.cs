using Leefbaar.Core.Areas;
using System.Globalization;

namespace Leefbaar.App.Reports;

/// <summary>The national livability report as a self-contained HTML page; every number in the text comes from <see cref="NationalReportData"/>.</summary>
public static class NationalReport
{
    /// <summary>Renders the report in "nl" or "en".</summary>
    public static string Render(NationalReportData d, string lang, DateTimeOffset generated)
    {
        var w = new ReportWriter(lang);
        var title = w.T($"Leefbaarheid in Nederland {d.Year}", $"Livability in the Netherlands {d.Year}");
        w.Raw($"<header><h1>{ReportWriter.E(title)}</h1><p class=\"sub\">{ReportWriter.E(w.T("Nationaal rapport per buurt, op basis van de Leefbaarometer en het Leefbaar-model", "National report by buurt, from the Leefbaarometer and the Leefbaar model"))}</p></header>\n");
        if (d.Demo) w.Para(ReportWriter.E(w.T("SYNTHETISCHE DEMODATA — geen echte metingen.", "SYNTHETIC DEMO DATA — not real measurements.")), "demo");

        var c = d.Classes;
        var share = c.All > 0 ? c.Weak / c.All : 0;
        var modelResidents = c.Model.Sum();
        var top = d.TopGemeenten.FirstOrDefault();
        w.Section("samenvatting", w.T("Samenvatting", "Summary"));
        var s = new List<string>
        {
            w.T($"In {d.Year} hebben {w.Fact("buurten_scored", d.Buurten, w.N(d.Buurten))} buurten met samen {w.Fact("residents", c.All, w.N(c.All))} inwoners een klasse. Voor {w.Fact("residents_official", c.Official.Sum(), w.N(c.Official.Sum()))} inwoners is dat de officiële klasse ({ReportWriter.E(d.Releases.Official ?? "–")}), voor {w.Fact("residents_model", modelResidents, w.N(modelResidents))} de schatting van het Leefbaar-model ({ReportWriter.E(d.Releases.Model ?? "geen modelrelease")}).",
                $"In {d.Year}, {w.Fact("buurten_scored", d.Buurten, w.N(d.Buurten))} buurten with {w.Fact("residents", c.All, w.N(c.All))} residents together have a class. For {w.Fact("residents_official", c.Official.Sum(), w.N(c.Official.Sum()))} residents it is the official class ({ReportWriter.E(d.Releases.Official ?? "–")}), for {w.Fact("residents_model", modelResidents, w.N(modelResidents))} the Leefbaar model's estimate ({ReportWriter.E(d.Releases.Model ?? "no model release")})."),
            w.T($"{w.Fact("residents_weak", c.Weak, w.N(c.Weak))} mensen ({w.Fact("share_weak", share, w.P(share))}) wonen in een buurt in klasse 1–3, onvoldoende of slechter; {w.Fact("residents_weak_official", c.WeakOfficial, w.N(c.WeakOfficial))} van hen volgens de officiële klasse.",
                $"{w.Fact("residents_weak", c.Weak, w.N(c.Weak))} people ({w.Fact("share_weak", share, w.P(share))}) live in a buurt in class 1–3, insufficient or worse; {w.Fact("residents_weak_official", c.WeakOfficial, w.N(c.WeakOfficial))} of them by the official class."),
        };
        if (top != default)
            s.Add(w.T($"De meeste van hen wonen in {ReportWriter.E(top.Name)} ({w.Fact("top_weak", top.ResidentsWeak, w.N(top.ResidentsWeak))} inwoners, {w.P(top.Residents > 0 ? top.ResidentsWeak / top.Residents : 0)} van de gemeente).",
                $"Most of them live in {ReportWriter.E(top.Name)} ({w.Fact("top_weak", top.ResidentsWeak, w.N(top.ResidentsWeak))} residents, {w.P(top.Residents > 0 ? top.ResidentsWeak / top.Residents : 0)} of the gemeente)."));
        var byUrb = d.ByUrbanity.Where(g => g.Group != "?" && g.Residents > 0).ToList();
        if (byUrb.Count > 1)
        {
            var hi = byUrb.MaxBy(g => g.ShareWeak)!;
            var lo = byUrb.MinBy(g => g.ShareWeak)!;
            s.Add(w.T($"Naar stedelijkheid is het aandeel het hoogst in stedelijkheidsklasse {ReportWriter.E(hi.Group)} ({w.Fact("urbanity_high_share", hi.ShareWeak, w.P(hi.ShareWeak))}) en het laagst in stedelijkheidsklasse {ReportWriter.E(lo.Group)} ({w.Fact("urbanity_low_share", lo.ShareWeak, w.P(lo.ShareWeak))}).",
                $"By urbanity the share is highest in urbanity class {ReportWriter.E(hi.Group)} ({w.Fact("urbanity_high_share", hi.ShareWeak, w.P(hi.ShareWeak))}) and lowest in urbanity class {ReportWriter.E(lo.Group)} ({w.Fact("urbanity_low_share", lo.ShareWeak, w.P(lo.ShareWeak))})."));
        }
        var ineq = d.Inequality.FirstOrDefault(i => i.Grouping is null && i.Year == d.Year);
        if (ineq is not null)
            s.Add(w.T($"De ongelijkheid tussen buurten (Gini van de score, naar inwoners gewogen, {ReportWriter.E(ineq.Release)}) is {w.Fact("gini", ineq.Gini, ineq.Gini.ToString("0.000", w.Culture))}.",
                $"Inequality between buurten (Gini of the score, weighted by residents, {ReportWriter.E(ineq.Release)}) is {w.Fact("gini", ineq.Gini, ineq.Gini.ToString("0.000", w.Culture))}."));
        w.Para(string.Join(" ", s), "lead");
        w.Table("klassen", [w.T("klasse", "class"), w.T("buurten", "buurten"), w.T("inwoners officieel", "residents official"), w.T("inwoners model", "residents model"), w.T("aandeel", "share")],
            Enumerable.Range(1, 9).Select(k => (IReadOnlyList<(string, object?)>)[(w.ClassCell(k), k), (w.N(c.Areas[k - 1]), c.Areas[k - 1]),
                (w.N(c.Official[k - 1]), c.Official[k - 1]), (w.N(c.Model[k - 1]), c.Model[k - 1]), (c.All > 0 ? w.P(c.Total(k) / c.All) : "–", c.All > 0 ? c.Total(k) / c.All : 0.0)]),
            ReportWriter.E(w.T($"Inwoners per klasse, {d.Year}: officieel = {d.Releases.Official ?? "–"}, model = {d.Releases.Model ?? "–"}; inwoners CBS {ReportReader.Division}.",
                $"Residents per class, {d.Year}: official = {d.Releases.Official ?? "–"}, model = {d.Releases.Model ?? "–"}; residents CBS {ReportReader.Division}.")));
        NationalSections.ClassChart(w, d);
        w.EndSection();

        w.Section("kaart", w.T("Kaart van de gemeenten", "Map of the gemeenten"));
        w.Raw(ChoroplethSvg.Render(d.Map, w.ClassLabel, w.T("geen score", "no score"), title));
        w.Para(ReportWriter.E(w.T($"Kleur: klasse van de gemeente als geheel in {d.Year} — officieel waar gepubliceerd, anders het Leefbaar-model.",
            $"Colour: class of the gemeente as a whole in {d.Year} — official where published, else the Leefbaar model.")), "src");
        w.EndSection();

        w.Section("waar", w.T("Waar wonen de inwoners van onvoldoende buurten?", "Where do the residents of insufficient buurten live?"), newPage: true);
        w.Table("top-gemeenten", [w.T(LevelName.Gemeente, LevelName.Gemeente), w.T("inwoners klasse 1–3", "residents class 1–3"), w.T("inwoners", "residents"), w.T("aandeel", "share"), w.T("aandeel van NL-totaal 1–3", "share of NL total 1–3")],
            d.TopGemeenten.Select(t => (IReadOnlyList<(string, object?)>)[($"{ReportWriter.E(t.Name)} <span class=\"src\">{ReportWriter.E(t.Code)}</span>", t.Name),
                (w.N(t.ResidentsWeak), t.ResidentsWeak), (w.N(t.Residents), t.Residents), (w.P(t.Residents > 0 ? t.ResidentsWeak / t.Residents : 0), t.Residents > 0 ? t.ResidentsWeak / t.Residents : 0.0),
                (w.P(c.Weak > 0 ? t.ResidentsWeak / c.Weak : 0), c.Weak > 0 ? t.ResidentsWeak / c.Weak : 0.0)]),
            ReportWriter.E(w.T("De gemeenten met de meeste inwoners in buurten van klasse 1–3 (officieel waar gepubliceerd, anders model).",
                "The gemeenten with the most residents in buurten of class 1–3 (official where published, else model).")));
        w.EndSection();

        w.Section("verschillen", w.T("Verschillen", "Differences"));
        w.Raw($"<h3>{ReportWriter.E(w.T("Naar gemeentegroep", "By municipality group"))}</h3>");
        ReportSections.GroupTable(w, "groep", d.ByGroup, w.T("G4, G40, M50 en de overige gemeenten; naar inwoners gewogen gemiddelden.", "G4, G40, M50 and the other gemeenten; means weighted by residents."));
        w.Raw($"<h3>{ReportWriter.E(w.T("Naar stedelijkheid (elke dimensie)", "By urbanity (each dimension)"))}</h3>");
        ReportSections.GroupTable(w, "stedelijkheid", d.ByUrbanity.Select(g => g with { Label = NationalSections.UrbanityLabel(w, g.Group) }),
            w.T("Stedelijkheid volgens CBS: 1 zeer sterk stedelijk … 5 niet stedelijk.", "Urbanity per CBS: 1 very strongly urban … 5 not urban."));
        NationalSections.UrbanityChart(w, d);
        w.Raw($"<h3>{ReportWriter.E(w.T("Naar provincie", "By province"))}</h3>");
        ReportSections.GroupTable(w, LevelName.Provincie, d.ByProvince, w.T("Naar inwoners gewogen gemiddelden per provincie.", "Means weighted by residents per province."));
        if (d.PopulationGrowth is { } growth) PopulationGrowthTable(w, growth);
        w.EndSection();

        if (d.Development is { } dev) DevelopmentSection(w, dev);
        if (d.HotSpots is { } hotSpots) NationalSections.HotSpotSection(w, hotSpots);
        if (d.ModelHotSpots is { } modelHotSpots) NationalSections.HotSpotSection(w, modelHotSpots);

        w.Section("ongelijkheid", w.T("Ongelijkheid", "Inequality"));
        if (d.Inequality.Count == 0)
            w.Para(ReportWriter.E(w.T("Niet beschikbaar: ", "Not available: ") + (d.InequalityNote ?? "")));
        else
        {
            w.Para(ReportWriter.E(w.T("Gini en Theil van de buurtscore (lbm), naar inwoners gewogen; de Theil-index valt uiteen in een deel tussen en een deel binnen groepen.",
                "Gini and Theil of the buurt score (lbm), weighted by residents; the Theil index splits into a part between and a part within groups.")));
            w.Table("ongelijkheid-tabel", ["release", w.T("jaar", "year"), w.T("indeling", "grouping"), w.T("buurten", "buurten"), "Gini", "Theil", w.T("Theil tussen", "Theil between"), w.T("Theil binnen", "Theil within")],
                d.Inequality.Where(i => i.Year == d.Year).Select(i => (IReadOnlyList<(string, object?)>)[(ReportWriter.E(i.Release), i.Release), (i.Year.ToString(CultureInfo.InvariantCulture), i.Year),
                    (ReportWriter.E(i.Grouping ?? w.T("geen", "none")), i.Grouping ?? ""), (w.N(i.Areas), i.Areas), (i.Gini.ToString("0.0000", w.Culture), i.Gini), (i.Theil.ToString("0.00000", w.Culture), i.Theil),
                    (i.TheilBetween is { } b ? b.ToString("0.00000", w.Culture) : "–", i.TheilBetween), (i.TheilWithin is { } x ? x.ToString("0.00000", w.Culture) : "–", i.TheilWithin)]));
        }
        w.EndSection();
        ReportSections.Methods(w, d.Releases, d.Year);
        ReportSections.Sources(w, d.Datasets);
        return w.Page(title, w.T($"Leefbaar — leefbaarheid in Nederland {d.Year}", $"Leefbaar — livability in the Netherlands {d.Year}"), ReportSections.Generated(w, generated));
    }

    // Persistent weakness and movement on the postcode series; every number comes from the analysis of that series.
    private static void DevelopmentSection(ReportWriter w, Development d)
    {
        w.Section("ontwikkeling", w.T("Ontwikkeling en harde kern (postcodegebieden)", "Development and hard core (postcode areas)"));
        var (sinceNl, sinceEn) = d.PreviousYear is { } p ? ($"{p} en {d.Year}", $"{p} and {d.Year}") : ($"{d.Year}", $"{d.Year}");
        w.Para(w.T(
            $"In de postcodereeks van de Leefbaarometer 3.0 ({ReportWriter.E(d.Release)}; klassen uit de score met de grenzen van LBM 3.0) zijn {w.N(d.HardCore.Count)} postcodegebieden met {w.N(d.HardCoreResidents)} inwoners in elk van de laatste {d.HardCoreMeasurements} metingen onvoldoende of slechter: de harde kern. " +
            $"Tussen {sinceNl} stegen {w.N(d.Risers)} gebieden ({w.N(d.RisersResidents)} inwoners) en daalden {w.N(d.Fallers)} ({w.N(d.FallersResidents)} inwoners) minstens één klasse.",
            $"In the postcode series of the Leefbaarometer 3.0 ({ReportWriter.E(d.Release)}; classes from the score with the LBM 3.0 boundaries) {w.N(d.HardCore.Count)} postcode areas with {w.N(d.HardCoreResidents)} residents are insufficient or worse in each of the last {d.HardCoreMeasurements} measurements: the hard core. " +
            $"Between {sinceEn}, {w.N(d.Risers)} areas ({w.N(d.RisersResidents)} residents) rose and {w.N(d.Fallers)} ({w.N(d.FallersResidents)} residents) fell at least one class."));
        if (d.HardCore.Count > 0)
            w.Table("harde-kern", [w.T("postcode", "postcode"), w.T("plaats (grootste buurt)", "place (largest buurt)")],
                d.HardCore.Select(h => (IReadOnlyList<(string, object?)>)[(h.Code, h.Code), (ReportWriter.E(h.Place), h.Place)]));
        if (d.WarningAuc is { } auc && d.WarningLift is { } lift)
            w.Para(w.T(
                $"Vroegsignalering (kans dat een gebied dat nu voldoende of beter scoort bij de volgende meting zwak of slechter is): in de toetsperiode was de AUC {auc.ToString("0.00", w.Culture)} en kwamen de gebieden met een sterk verhoogd signaal {lift.ToString("0.0", w.Culture)} keer zo vaak terecht in zwak of slechter als gemiddeld ({w.P(d.WarningBaseRate ?? 0)}). Nu hebben {w.N(d.WarningStrong)} postcodegebieden een sterk verhoogd signaal — een aanleiding voor gesprek, geen oordeel.",
                $"Early warning (the chance that an area scoring sufficient or better now is weak or worse at the next measurement): in the test period the AUC was {auc.ToString("0.00", w.Culture)} and areas with a strongly raised signal fell {lift.ToString("0.0", w.Culture)} times as often as average ({w.P(d.WarningBaseRate ?? 0)}). Now {w.N(d.WarningStrong)} postcode areas have a strongly raised signal — a reason for conversation, not a verdict."));
        w.EndSection();
    }

    // The G40/M50 trend studies' view: residents summed over the members on today's territory, index first year = 100.
    private static void PopulationGrowthTable(ReportWriter w, Leefbaar.Analysis.Groups.GroupComparisonResult g)
    {
        var rows = g.Groups.Select(x => (IReadOnlyList<(string, object?)>)[
            (ReportWriter.E(x.Group), x.Group), (w.N(x.Members), x.Members), (w.N(x.From), x.From), (w.N(x.To), x.To),
            (w.N(x.Absolute), x.Absolute), (x.Percent.ToString("0.0", w.Culture) + " %", x.Percent),
            (double.IsNaN(x.ShareOfNationalGrowth) ? "–" : w.P(x.ShareOfNationalGrowth), x.ShareOfNationalGrowth)]).ToList();
        w.Table("bevolkingsgroei",
            [w.T("groep", "group"), w.T("gemeenten", "gemeenten"), w.T($"inwoners {g.From}", $"residents {g.From}"), w.T($"inwoners {g.To}", $"residents {g.To}"),
             w.T("groei", "growth"), w.T("groei %", "growth %"), w.T("aandeel in de landelijke groei", "share of national growth")],
            rows, w.T($"Bevolkingsgroei {g.From}–{g.To} per gemeentegroep: inwoners opgeteld over de leden, op het grondgebied van de gemeenten van 2024 (samengevoegde gemeenten tellen mee bij hun opvolger). Bron: CBS Kerncijfers wijken en buurten via PDOK.",
                $"Population growth {g.From}–{g.To} by gemeente group: residents summed over the members, on the territory of the 2024 gemeenten (merged gemeenten count with their successor). Source: CBS key figures via PDOK."));
    }
}

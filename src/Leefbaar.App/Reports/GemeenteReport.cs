using System.Globalization;
using Leefbaar.Core.Scores;

namespace Leefbaar.App.Reports;

/// <summary>The wijkdiagnose of one gemeente as a self-contained HTML page; every number in the text comes from <see cref="GemeenteReportData"/>.</summary>
public static class GemeenteReport
{
    /// <summary>Renders the report in "nl" or "en".</summary>
    public static string Render(GemeenteReportData d, string lang, DateTimeOffset generated)
    {
        var w = new ReportWriter(lang);
        var gm = d.Gemeente;
        var title = w.T($"Wijkdiagnose {gm.Name} {d.Year}", $"Neighbourhood diagnosis {gm.Name} {d.Year}");
        w.Raw($"<header><h1>{ReportWriter.E(title)}</h1><p class=\"sub\">{ReportWriter.E(gm.Code)} · {ReportWriter.E(d.ProvinceName ?? "")} · " +
              $"{ReportWriter.E(w.T("gemeentegroep", "municipality group"))} {ReportWriter.E(d.MunicipalityGroup)}" +
              (d.Urbanity is null ? "" : $" · {ReportWriter.E(w.T("stedelijkheid", "urbanity"))} {ReportWriter.E(d.Urbanity)}") + "</p></header>\n");
        if (d.Demo) w.Para(ReportWriter.E(w.T("SYNTHETISCHE DEMODATA — geen echte metingen.", "SYNTHETIC DEMO DATA — not real measurements.")), "demo");

        Summary(w, d);
        w.Section("kaart", w.T("Kaart van de buurten", "Map of the buurten"));
        w.Raw(ChoroplethSvg.Render(d.Map, w.ClassLabel, w.T("geen score", "no score"), title));
        w.Para(ReportWriter.E(w.T($"Kleur: klasse van de buurt in {d.Year} — officieel waar gepubliceerd, anders het Leefbaar-model. Grenzen: CBS-indeling {ReportReader.Division}.",
            $"Colour: class of the buurt in {d.Year} — official where published, else the Leefbaar model. Boundaries: CBS division {ReportReader.Division}.")), "src");
        w.EndSection();

        GemeenteSections.HotSpots(w, d);
        GemeenteSections.Comparison(w, d);
        GemeenteSections.Series(w, d);
        Weakest(w, d);
        Warnings(w, d);
        AreaTable(w, d, "wijken", w.T("Alle wijken", "All wijken"), d.Wijken, newPage: true);
        AreaTable(w, d, "buurten", w.T("Alle buurten", "All buurten"), d.Buurten, newPage: true);
        ReportSections.Methods(w, d.Releases, d.Year);
        ReportSections.Sources(w, d.Datasets);
        var running = w.T($"Leefbaar — wijkdiagnose {gm.Name} {d.Year}", $"Leefbaar — neighbourhood diagnosis {gm.Name} {d.Year}");
        return w.Page(title, running, ReportSections.Generated(w, generated));
    }

    private static void Summary(ReportWriter w, GemeenteReportData d)
    {
        var gm = d.Gemeente;
        var c = d.Classes;
        var scored = d.Buurten.Count(b => b.Class is not null);
        var official = d.Buurten.Count(b => b.Origin == ScoreOrigin.Official);
        var model = d.Buurten.Count(b => b.Origin == ScoreOrigin.Model);
        w.Section("samenvatting", w.T("Samenvatting", "Summary"));
        var s = new List<string>();
        if (gm.Class is { } k)
            s.Add(w.T($"{ReportWriter.E(gm.Name)} als geheel valt in klasse {w.Fact("gemeente_class", k, k.ToString(CultureInfo.InvariantCulture))}, <b>{ReportWriter.E(w.ClassLabel(k))}</b> (afwijking {w.Fact("gemeente_afw", gm.Afw ?? double.NaN, w.A(gm.Afw))} van het landelijk gemiddelde; {ReportWriter.E(w.Origin(gm.Origin, gm.Release))}).",
                $"{ReportWriter.E(gm.Name)} as a whole is in class {w.Fact("gemeente_class", k, k.ToString(CultureInfo.InvariantCulture))}, <b>{ReportWriter.E(w.ClassLabel(k))}</b> (deviation {w.Fact("gemeente_afw", gm.Afw ?? double.NaN, w.A(gm.Afw))} from the national mean; {ReportWriter.E(w.Origin(gm.Origin, gm.Release))})."));
        s.Add(w.T($"Van de {w.Fact("buurten", d.Buurten.Count, w.N(d.Buurten.Count))} buurten hebben er {w.Fact("buurten_scored", scored, w.N(scored))} een score: {w.Fact("buurten_official", official, w.N(official))} officieel gepubliceerd ({ReportWriter.E(d.Releases.Official ?? "–")}) en {w.Fact("buurten_model", model, w.N(model))} geschat met het Leefbaar-model ({ReportWriter.E(d.Releases.Model ?? w.T("geen modelrelease", "no model release"))}).",
            $"Of the {w.Fact("buurten", d.Buurten.Count, w.N(d.Buurten.Count))} buurten, {w.Fact("buurten_scored", scored, w.N(scored))} have a score: {w.Fact("buurten_official", official, w.N(official))} officially published ({ReportWriter.E(d.Releases.Official ?? "–")}) and {w.Fact("buurten_model", model, w.N(model))} estimated by the Leefbaar model ({ReportWriter.E(d.Releases.Model ?? "no model release")})."));
        s.Add(w.T($"In die buurten wonen {w.Fact("residents", c.All, w.N(c.All))} mensen (CBS). {w.Fact("residents_weak", c.Weak, w.N(c.Weak))} van hen ({w.Fact("share_weak", d.Self.ShareWeak, w.P(d.Self.ShareWeak))}) wonen in een buurt in klasse 1–3, onvoldoende of slechter; daarvan hebben {w.Fact("residents_weak_official", c.WeakOfficial, w.N(c.WeakOfficial))} een officiële klasse.",
            $"{w.Fact("residents", c.All, w.N(c.All))} people live in those buurten (CBS). {w.Fact("residents_weak", c.Weak, w.N(c.Weak))} of them ({w.Fact("share_weak", d.Self.ShareWeak, w.P(d.Self.ShareWeak))}) live in a buurt in class 1–3, insufficient or worse; {w.Fact("residents_weak_official", c.WeakOfficial, w.N(c.WeakOfficial))} of those have an official class."));
        s.Add(w.T($"In heel Nederland is dat aandeel {w.Fact("nl_share_weak", d.Nederland.ShareWeak, w.P(d.Nederland.ShareWeak))}, in de andere gemeenten van de gemeentegroep {ReportWriter.E(d.MunicipalityGroup)} {w.Fact("group_share_weak", d.Group.ShareWeak, w.P(d.Group.ShareWeak))}.",
            $"In the Netherlands as a whole that share is {w.Fact("nl_share_weak", d.Nederland.ShareWeak, w.P(d.Nederland.ShareWeak))}, in the other gemeenten of the municipality group {ReportWriter.E(d.MunicipalityGroup)} {w.Fact("group_share_weak", d.Group.ShareWeak, w.P(d.Group.ShareWeak))}."));
        var weakest = d.Buurten.Where(b => b.Afw is not null).OrderBy(b => b.Afw).FirstOrDefault();
        if (weakest is not null)
            s.Add(w.T($"De laagst scorende buurt is {ReportWriter.E(weakest.Name)} ({ReportWriter.E(weakest.Code)}), klasse {weakest.Class} {ReportWriter.E(weakest.Class is { } wk ? w.ClassLabel(wk) : "")} ({ReportWriter.E(w.Origin(weakest.Origin, weakest.Release))}).",
                $"The lowest-scoring buurt is {ReportWriter.E(weakest.Name)} ({ReportWriter.E(weakest.Code)}), class {weakest.Class} {ReportWriter.E(weakest.Class is { } wk2 ? w.ClassLabel(wk2) : "")} ({ReportWriter.E(w.Origin(weakest.Origin, weakest.Release))})."));
        var dims = Dimensions.All.Select((dim, i) => (dim, gm: d.Self.MeanDimensions[i], nl: d.Nederland.MeanDimensions[i])).Where(t => t.gm is not null && t.nl is not null).ToList();
        if (dims.Count > 0)
        {
            var low = dims.MinBy(t => t.gm!.Value - t.nl!.Value);
            var high = dims.MaxBy(t => t.gm!.Value - t.nl!.Value);
            s.Add(w.T($"Ten opzichte van Nederland scoren de buurten (naar inwoners gewogen) het zwakst op {ReportWriter.E(w.DimensionName(low.dim).ToLowerInvariant())} ({w.Fact("dim_low_gap", low.gm!.Value - low.nl!.Value, w.A(low.gm!.Value - low.nl!.Value))}) en het sterkst op {ReportWriter.E(w.DimensionName(high.dim).ToLowerInvariant())} ({w.Fact("dim_high_gap", high.gm!.Value - high.nl!.Value, w.A(high.gm!.Value - high.nl!.Value))}).",
                $"Compared with the Netherlands the buurten (weighted by residents) score weakest on {ReportWriter.E(w.DimensionName(low.dim).ToLowerInvariant())} ({w.Fact("dim_low_gap", low.gm!.Value - low.nl!.Value, w.A(low.gm!.Value - low.nl!.Value))}) and strongest on {ReportWriter.E(w.DimensionName(high.dim).ToLowerInvariant())} ({w.Fact("dim_high_gap", high.gm!.Value - high.nl!.Value, w.A(high.gm!.Value - high.nl!.Value))})."));
        }
        w.Para(string.Join(" ", s), "lead");
        w.Table("klassen", [w.T("klasse", "class"), w.T("buurten", "buurten"), w.T("inwoners officieel", "residents official"), w.T("inwoners model", "residents model"), w.T("aandeel", "share")],
            Enumerable.Range(1, 9).Select(k => (IReadOnlyList<(string, object?)>)[(w.ClassCell(k), k), (w.N(c.Areas[k - 1]), c.Areas[k - 1]),
                (w.N(c.Official[k - 1]), c.Official[k - 1]), (w.N(c.Model[k - 1]), c.Model[k - 1]), (c.All > 0 ? w.P(c.Total(k) / c.All) : "–", c.All > 0 ? c.Total(k) / c.All : 0.0)]),
            ReportWriter.E(w.T($"Inwoners per klasse, {d.Year}: officieel = {d.Releases.Official ?? "–"}, model = {d.Releases.Model ?? "–"}; inwoners CBS {ReportReader.Division}.",
                $"Residents per class, {d.Year}: official = {d.Releases.Official ?? "–"}, model = {d.Releases.Model ?? "–"}; residents CBS {ReportReader.Division}.")));
        w.EndSection();
    }

    private static void Weakest(ReportWriter w, GemeenteReportData d)
    {
        var weakest = d.Buurten.Where(b => b.Afw is not null).OrderBy(b => b.Afw).Take(10).ToList();
        w.Section("zwakste", w.T("De zwakste buurten", "The weakest buurten"));
        w.Para(ReportWriter.E(w.T($"De {weakest.Count} buurten met de laagste totaalscore in {d.Year}. Een onbetrouwbare score (minder dan {d.Releases.ReliabilityMinPopulation:0} inwoners) staat erbij vermeld.",
            $"The {weakest.Count} buurten with the lowest total score in {d.Year}. An unreliable score (fewer than {d.Releases.ReliabilityMinPopulation:0} residents) is marked.")));
        ReportSections.AreaRows(w, "zwakste-tabel", weakest);
        w.EndSection();
    }

    private static void Warnings(ReportWriter w, GemeenteReportData d)
    {
        w.Section("signalen", w.T("Vroegsignalering", "Early warning"));
        w.Para(ReportWriter.E(w.T("Een signaal om het gesprek aan te gaan, geen oordeel over bewoners.", "A signal to start the conversation, never a verdict on residents.")), "notice");
        if (d.WarningRelease is null)
        {
            w.Para(ReportWriter.E(w.T("Geen vroegsignalering beschikbaar: ", "No early warning available: ") + (d.WarningNote ?? "")));
        }
        else if (d.Flags.Count == 0)
        {
            w.Para(ReportWriter.E(w.T($"De vroegsignalering (reeks {d.WarningRelease}, postcodegebieden) geeft voor de postcodes van {d.Gemeente.Name} geen signaal.",
                $"The early warning (series {d.WarningRelease}, postcode areas) raises no flag for the postcodes of {d.Gemeente.Name}.")));
        }
        else
        {
            w.Para(w.T($"De vroegsignalering (reeks {ReportWriter.E(d.WarningRelease)}, postcodegebieden die hoofdpostcode zijn van een buurt in {ReportWriter.E(d.Gemeente.Name)}) geeft {w.Fact("flags", d.Flags.Count, w.N(d.Flags.Count))} signalen: daar is de kans op een daling van de score groter dan gemiddeld.",
                $"The early warning (series {ReportWriter.E(d.WarningRelease)}, postcode areas that are the main postcode of a buurt in {ReportWriter.E(d.Gemeente.Name)}) raises {w.Fact("flags", d.Flags.Count, w.N(d.Flags.Count))} flags: there the chance of a decline of the score is higher than average."));
            w.Table("signalen-tabel", [w.T("gebied", "area"), w.T("vanaf", "from"), "afw", w.T("kans op daling", "chance of decline"), w.T("× gemiddeld", "× average"), w.T("signaal", "flag"), w.T("risicofactoren", "risk factors")],
                d.Flags.Select(f => (IReadOnlyList<(string, object?)>)[(ReportWriter.E(f.Name), f.Code), (f.Start.ToString(CultureInfo.InvariantCulture), f.Start), (w.A(f.Afw), f.Afw),
                    (w.P(f.Probability), f.Probability), (f.RiskMultiple.ToString("0.0", w.Culture), f.RiskMultiple), (ReportWriter.E(f.Flag), f.Flag), (ReportWriter.E(f.RiskFactors), f.RiskFactors)]));
        }
        w.EndSection();
    }

    private static void AreaTable(ReportWriter w, GemeenteReportData d, string id, string title, IReadOnlyList<ReportArea> areas, bool newPage)
    {
        w.Section(id, title, newPage);
        w.Para(ReportWriter.E(w.T($"{areas.Count} gebieden; klik op een kolomkop om te sorteren. Bron per regel: de release waar de score uit komt.",
            $"{areas.Count} areas; click a column header to sort. Source per row: the release the score comes from.")), "src");
        ReportSections.AreaRows(w, id + "-tabel", areas);
        w.EndSection();
    }
}

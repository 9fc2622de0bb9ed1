using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The numbers in the reports' summary sentences, as printed, equal what the test works out from the store's rows
/// itself (see <see cref="StoreTruth"/>); the raw value each number carries agrees too.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class ReportNumbersTests(ReportStoreFixture fx)
{
    private ReportHtml Render(string kind, string? gemeente) =>
        new(ReportGenerator.RenderHtml(fx.Store, new ReportRequest(kind, gemeente, StoreTruth.Year, fx.OutDir(kind), Pdf: false)).Html);

    [Fact]
    public void Rotterdam_summary_counts_its_buurten_residents_and_weak_residents_as_the_store_holds_them()
    {
        var buurten = StoreTruth.Buurten(fx.Store, fx.ModelRelease, "GM0599");
        var scored = buurten.Where(b => b.Scored).ToList();
        var residents = scored.Sum(b => b.Residents);
        var weak = scored.Where(b => b.Weak).Sum(b => b.Residents);
        Assert.True(weak > 0 && weak < residents, "Rotterdam has residents in weak buurten, not only there");
        var report = Render("gemeente", "GM0599");

        var counts = report.InLead(@"Van de ([\d.]+) buurten hebben er ([\d.]+) een score: ([\d.]+) officieel gepubliceerd \(lbm3-2024\) en ([\d.]+) geschat met het Leefbaar-model");
        Assert.Equal(buurten.Count, ReportHtml.Whole(counts[1].Value));
        Assert.Equal(scored.Count, ReportHtml.Whole(counts[2].Value));
        Assert.Equal(scored.Count(b => b.Official), ReportHtml.Whole(counts[3].Value));
        Assert.Equal(scored.Count(b => !b.Official), ReportHtml.Whole(counts[4].Value));

        var people = report.InLead(@"In die buurten wonen ([\d.]+) mensen \(CBS\)\. ([\d.]+) van hen \(([\d,]+) %\) wonen in een buurt in klasse 1–3");
        Assert.Equal((long)Math.Round(residents), ReportHtml.Whole(people[1].Value));
        Assert.Equal((long)Math.Round(weak), ReportHtml.Whole(people[2].Value));
        Assert.Equal(Math.Round(weak / residents * 100, 1), ReportHtml.DutchPercent(people[3].Value) * 100, 6);
        Assert.Equal(weak, report.Fact("residents_weak"), 6);
        Assert.Equal(residents, report.Fact("residents"), 6);
    }

    [Fact]
    public void Rotterdam_summary_names_the_buurt_with_the_lowest_score()
    {
        var weakest = StoreTruth.Buurten(fx.Store, fx.ModelRelease, "GM0599").Where(b => b.Afw is not null).MinBy(b => b.Afw)!;
        var named = Render("gemeente", "GM0599").InLead(@"De laagst scorende buurt is (.+?) \((BU\d{8})\), klasse (\d)");
        Assert.Equal(weakest.Name, named[1].Value);
        Assert.Equal(weakest.Code, named[2].Value);
        Assert.Equal(weakest.Class.ToString(), named[3].Value);
    }

    [Fact]
    public void National_summary_counts_scored_buurten_residents_and_names_the_gemeente_with_most_weak_residents()
    {
        var scored = StoreTruth.Buurten(fx.Store, fx.ModelRelease).Where(b => b.Scored).ToList();
        var residents = scored.Sum(b => b.Residents);
        var official = scored.Where(b => b.Official).Sum(b => b.Residents);
        var weak = scored.Where(b => b.Weak).Sum(b => b.Residents);
        var most = scored.Where(b => b.Weak && b.Gemeente is not null).GroupBy(b => b.Gemeente!)
            .Select(g => (Code: g.Key, Weak: g.Sum(b => b.Residents))).OrderByDescending(g => g.Weak).ThenBy(g => g.Code, StringComparer.Ordinal).First();
        var report = Render("national", null);

        var head = report.InLead(@"In 2024 hebben ([\d.]+) buurten met samen ([\d.]+) inwoners een klasse\. Voor ([\d.]+) inwoners is dat de officiële klasse \(lbm3-2024\), voor ([\d.]+) de schatting");
        Assert.Equal(scored.Count, ReportHtml.Whole(head[1].Value));
        Assert.Equal((long)Math.Round(residents), ReportHtml.Whole(head[2].Value));
        Assert.Equal((long)Math.Round(official), ReportHtml.Whole(head[3].Value));
        Assert.Equal((long)Math.Round(residents - official), ReportHtml.Whole(head[4].Value));

        var weakText = report.InLead(@"([\d.]+) mensen \(([\d,]+) %\) wonen in een buurt in klasse 1–3");
        Assert.Equal((long)Math.Round(weak), ReportHtml.Whole(weakText[1].Value));
        Assert.Equal(Math.Round(weak / residents * 100, 1), ReportHtml.DutchPercent(weakText[2].Value) * 100, 6);

        var where = report.InLead(@"De meeste van hen wonen in (.+?) \(([\d.]+) inwoners");
        Assert.Equal(StoreTruth.GemeenteNames(fx.Store)[most.Code], where[1].Value);
        Assert.Equal((long)Math.Round(most.Weak), ReportHtml.Whole(where[2].Value));
    }
}

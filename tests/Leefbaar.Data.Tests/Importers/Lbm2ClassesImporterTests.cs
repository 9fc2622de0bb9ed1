using Leefbaar.Core.Areas;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The Leefbaarometer 2.0 classes importer on the real gemeente and wijk files (2016 division).</summary>
public sealed class Lbm2ClassesImporterTests
{
    [Fact]
    public void Gemeenten_have_five_classes_and_ten_developments_each()
    {
        // gemeente.json: 390 keys, each with KL02/08/12/14/16 and 10 VKL pairs, no nulls → 5,850 score rows.
        var batch = RealManifest.Read("lbm2-gemeenten");
        Assert.Equal(390, batch.CountAreas(AreaLevel.Gemeente));
        Assert.All(batch.Areas.Values, a => Assert.Equal(2016, a.DivisionYear));
        Assert.Equal(5_850, batch.Scores.Count);
        Assert.Equal(1_950, batch.Scores.Count(s => s.ClassTotal is not null));
        Assert.Equal(3_900, batch.Scores.Count(s => s.DevelopmentClass is not null));
        Assert.All(batch.Scores, s => Assert.Equal("lbm2", s.Release));
        Assert.All(batch.Scores, s => Assert.True(s.Afw is null && s.Lbm is null));
    }

    [Fact]
    public void Amersfoort_classes_per_year_and_developments()
    {
        // gemeente.json["GM0307"]: KL02 6, KL08 7, KL12 7, KL14 7, KL16 7; VKL0216 5, every other VKL 4.
        var scores = RealManifest.Read("lbm2-gemeenten").ScoresOf("GM0307");
        var classes = scores.Where(s => s.ClassTotal is not null).OrderBy(s => s.Year).Select(s => (s.Year, s.ClassTotal!.Value));
        Assert.Equal([(2002, 6), (2008, 7), (2012, 7), (2014, 7), (2016, 7)], classes);
        var developments = scores.Where(s => s.DevelopmentClass is not null).ToList();
        Assert.Equal(10, developments.Count);
        var d0216 = Assert.Single(developments, s => s.DevelopmentFromYear == 2002 && s.Year == 2016);
        Assert.Equal(5, d0216.DevelopmentClass);
        Assert.All(developments.Where(s => s != d0216), s => Assert.Equal(4, s.DevelopmentClass));
        Assert.All(developments, s => Assert.Null(s.ClassTotal));
        Assert.Equal(
            [(2002, 2008), (2002, 2012), (2002, 2014), (2002, 2016), (2008, 2012), (2008, 2014), (2008, 2016), (2012, 2014), (2012, 2016), (2014, 2016)],
            developments.Select(s => (s.DevelopmentFromYear!.Value, s.Year)).Order());
    }

    [Fact]
    public void Wijken_skip_null_classes()
    {
        // wijk.json: 2,981 keys × 15 members = 44,715, of which 2,740 are null → 41,975 score rows.
        var batch = RealManifest.Read("lbm2-wijken");
        Assert.Equal(2_981, batch.CountAreas(AreaLevel.Wijk));
        Assert.Equal(41_975, batch.Scores.Count);
        // WK030701 (Amersfoort centre): class 7 in every year; VKL0212 and VKL0216 are 5.
        var centre = batch.ScoresOf("WK030701");
        Assert.Equal(15, centre.Count);
        Assert.All(centre.Where(s => s.ClassTotal is not null), s => Assert.Equal(7, s.ClassTotal));
        Assert.Equal(5, centre.Single(s => s.DevelopmentFromYear == 2002 && s.Year == 2012).DevelopmentClass);
        Assert.Equal(AreaCode.Parse("GM0307"), batch.Area("WK030701", 2016).Gemeente);
    }
}

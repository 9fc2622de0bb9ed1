using Leefbaar.App.Judgements;
using Leefbaar.Data.Import;
using Leefbaar.Model.Estimation;
using Leefbaar.TestSupport;

namespace Leefbaar.Model.Tests.Estimation;

/// <summary>Reading user judgement files: valid rows parse; every bad cell is one error naming line and field.</summary>
public class JudgementCsvTests
{
    private static string Write(TempDir dir, string text)
    {
        var file = dir.File("judgements.csv");
        File.WriteAllText(file, text);
        return file;
    }

    [Fact]
    public void Reads_comma_and_semicolon_files()
    {
        using var dir = new TempDir();
        var rows = JudgementCsv.Read(Write(dir, "area,mean_judgement,n\nBU03630000,7.4,120\n bu03630001 ,6.9,35\n"));
        Assert.Equal([new Judgement("BU03630000", 7.4, 120), new Judgement("BU03630001", 6.9, 35)], rows);
        var semicolon = JudgementCsv.Read(Write(dir, "area;mean_judgement;n\nBU03630000;7,4;120\n"));
        Assert.Equal(7.4, semicolon[0].MeanJudgement);
    }

    [Theory]
    [InlineData("area,mean_judgement,n\nBU03630000,7.4,120\nBU0363XYZ,7.0,3\n", 3, "area", "BU0363XYZ")]
    [InlineData("area,mean_judgement,n\nBU03630000,7.4,120\nBU03630000,7.0,3\n", 3, "area", "first on line 2")]
    [InlineData("area,mean_judgement,n\nBU03630000,zeven,120\n", 2, "mean_judgement", "zeven")]
    [InlineData("area,mean_judgement,n\nBU03630000,7.1,0\n", 2, "n", "0")]
    [InlineData("area,mean_judgement,n\nBU03630000,7.1,2.5\n", 2, "n", "2.5")]
    [InlineData("area,mean_judgement,n\nBU03630000,.,25\n", 2, "mean_judgement", "(missing)")]
    public void Bad_cells_name_line_and_field(string text, long line, string field, string mentioned)
    {
        using var dir = new TempDir();
        var e = Assert.Throws<ImportException>(() => JudgementCsv.Read(Write(dir, text)));
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(mentioned, e.Message);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<ImportException>(() => JudgementCsv.Read(Write(dir, "area,score,n\nBU03630000,7.4,120\n")));
        Assert.Contains("mean_judgement", e.Message);
    }
}

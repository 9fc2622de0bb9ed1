using Leefbaar.Api.Contracts;
using Leefbaar.App.Export;

namespace Leefbaar.Api.Export;

/// <summary>Writes a score page as CSV through the shared <see cref="ScoreCsvWriter"/>, so its header equals the CLI's `score` output.</summary>
public static class ScoreCsv
{
    /// <summary>The CSV text; <paramref name="dutchExcel"/> for the ';' and decimal-comma variant.</summary>
    public static string Write(ScorePage page, bool dutchExcel = false) =>
        ScoreCsvWriter.Write(page.Items.Select(Row), dutchExcel, page.Demo ? page.Notice : null);

    /// <summary>A listing row in the shared export shape.</summary>
    public static ScoreExportRow Row(ScoreRow row)
    {
        var s = row.Score;
        var c = s.Classes;
        return new ScoreExportRow(row.Code, row.Name, row.Gemeente, s.Source, s.Release, s.Year,
            s.Afw, s.Won, s.Fys, s.Vrz, s.Soc, s.Onv, s.Lbm, c.Total, c.Afw, c.Won, c.Fys, c.Vrz, c.Soc, c.Onv,
            s.Reliable, s.AfwLower, s.AfwUpper, s.ClassLow, s.ClassHigh, s.PWeak);
    }
}

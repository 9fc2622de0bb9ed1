using Leefbaar.App.Export;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.Scoring;

/// <summary>A model score in the shared export shape (<see cref="ScoreExportRow"/>), rounded to six decimals as the JSON output is.</summary>
public static class ScoreExport
{
    /// <summary>The source name of Leefbaar's own model scores in exports.</summary>
    public const string ModelSource = "model";

    /// <summary>The export row of <paramref name="s"/>.</summary>
    public static ScoreExportRow Row(AreaScore s)
    {
        static double R(double v) => Math.Round(v, 6);
        return new ScoreExportRow(s.Code, s.Name, s.Gemeente, ModelSource, s.Release, s.Year,
            R(s.Afw), R(s.Won), R(s.Fys), R(s.Vrz), R(s.Soc), R(s.Onv), R(s.Lbm),
            s.Class, s.ClassAfw, s.ClassWon, s.ClassFys, s.ClassVrz, s.ClassSoc, s.ClassOnv,
            s.Reliable, R(s.AfwLower), R(s.AfwUpper), s.ClassLow, s.ClassHigh, double.IsNaN(s.PWeak) ? null : Math.Round(s.PWeak, 4));
    }
}

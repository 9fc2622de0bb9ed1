using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>Look-ups into an <see cref="ImportBatch"/> that keep the assertions short.</summary>
internal static class BatchQueries
{
    /// <summary>The area with this code in this division.</summary>
    public static Area Area(this ImportBatch batch, string code, int division) => batch.Areas[(AreaCode.Parse(code), division)];

    /// <summary>Number of areas of a level.</summary>
    public static int CountAreas(this ImportBatch batch, AreaLevel level) => batch.Areas.Values.Count(a => a.Level == level);

    /// <summary>The single value of an indicator for an area and year, or null when absent.</summary>
    public static double? Value(this ImportBatch batch, string code, string indicator, int year) =>
        batch.Observations.SingleOrDefault(o => o.Area.Value == code && o.Indicator == indicator && o.Year == year)?.Value;

    /// <summary>The score rows of one area.</summary>
    public static List<OfficialScore> ScoresOf(this ImportBatch batch, string code) => batch.Scores.Where(s => s.Area.Value == code).ToList();
}

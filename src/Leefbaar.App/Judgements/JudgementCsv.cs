using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Model.Estimation;

namespace Leefbaar.App.Judgements;

/// <summary>
/// Reads user-supplied judgement data: a delimited file with columns area, mean_judgement, n (one row per area,
/// e.g. a gemeente's own resident survey). Every bad cell is one <see cref="ImportException"/> naming line and field.
/// </summary>
public static class JudgementCsv
{
    /// <summary>Parses the file; area codes must be valid and unique, n a positive whole number.</summary>
    public static List<Judgement> Read(string file)
    {
        using var table = DelimitedTable.Open(file);
        var areaCol = table.Require("area");
        var meanCol = table.Require("mean_judgement");
        var nCol = table.Require("n");
        var comma = table.Delimiter == ";";
        var result = new List<Judgement>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (table.Read(out var cells, out var line))
        {
            var text = Cells.At(cells, areaCol)?.Trim() ?? "";
            if (!AreaCode.TryParse(text, out var code))
                throw new ImportException(file, "an area code such as BU03630000", line: line, field: "area", found: text);
            if (seen.TryGetValue(code.ToString(), out var first))
                throw new ImportException(file, $"each area once (first on line {first})", line: line, field: "area", found: text);
            seen[code.ToString()] = line;
            var mean = Cells.Number(Cells.At(cells, meanCol), comma, file, line, "mean_judgement")
                ?? throw new ImportException(file, "a mean judgement (a number)", line: line, field: "mean_judgement", found: "(missing)");
            var n = Cells.Number(Cells.At(cells, nCol), comma, file, line, "n");
            if (n is not { } count || count < 1 || count != Math.Floor(count))
                throw new ImportException(file, "a positive whole number of respondents", line: line, field: "n", found: Cells.At(cells, nCol) ?? "(missing)");
            result.Add(new Judgement(code.ToString(), mean, (int)count));
        }
        if (result.Count == 0) throw new ImportException(file, "at least one judgement row", line: 2, found: "(no rows)");
        return result;
    }
}

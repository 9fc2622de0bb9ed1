using System.Globalization;
using System.Text;
using Leefbaar.Model.Features;

namespace Leefbaar.Cli.Commands;

/// <summary>Writes a feature table as CSV: code, gemeente, provincie, then every column (empty = missing).</summary>
public static class FeatureCsv
{
    /// <summary>Writes the table.</summary>
    public static void Write(string file, FeatureTable table)
    {
        var names = table.Columns.Keys.Order(StringComparer.Ordinal).ToArray();
        var sb = new StringBuilder("code,gemeente,provincie," + string.Join(",", names) + "\n");
        for (var i = 0; i < table.Count; i++)
        {
            sb.Append(table.Codes[i]).Append(',').Append(table.Gemeente[i]).Append(',').Append(table.Provincie[i]);
            foreach (var n in names)
            {
                var v = table.Columns[n][i];
                sb.Append(',');
                if (!double.IsNaN(v)) sb.Append(v.ToString("R", CultureInfo.InvariantCulture));
            }
            sb.Append('\n');
        }
        File.WriteAllText(file, sb.ToString());
    }
}

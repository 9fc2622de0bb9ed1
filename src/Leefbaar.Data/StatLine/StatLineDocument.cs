using System.Text;
using System.Text.RegularExpressions;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.StatLine;

/// <summary>One data line of a StatLine export with its 1-based line number.</summary>
public sealed record StatLineRow(long Line, string[] Cells);

/// <summary>One column: its composed header ("topic/path (unit)") and, in exports with a "Perioden" header row, its year.</summary>
public sealed record StatLineColumn(int Index, StatLineHeader Header, int? Year);

/// <summary>
/// A StatLine CSV export split into title lines, header and data rows. Handles the variants CBS and its users
/// produce: ';' or ',' separated, BOM, quoted cells, title/filter lines above the header ("Perioden: 2022"),
/// footer lines below ("Bron: CBS"), a multi-row header (Onderwerp / Perioden / unit rows) and files whose
/// every quote was doubled by a re-save ("a"";""b"). A data line with another cell count than the header, or an
/// unclosed quote, is a truncated or broken file and an <see cref="ImportException"/>.
/// </summary>
public sealed partial class StatLineDocument
{
    private static readonly HashSet<string> HeaderLabels = new(StringComparer.OrdinalIgnoreCase) { "", "Onderwerp", "Onderwerpen", "Perioden" };

    /// <summary>The file.</summary>
    public required string File { get; init; }
    /// <summary>Title and filter lines above the header.</summary>
    public required IReadOnlyList<string> Titles { get; init; }
    /// <summary>The columns.</summary>
    public required IReadOnlyList<StatLineColumn> Columns { get; init; }
    /// <summary>The line number of the (last) header line.</summary>
    public required long HeaderLine { get; init; }
    /// <summary>The data rows.</summary>
    public required IReadOnlyList<StatLineRow> Rows { get; init; }

    /// <summary>The year a title line states ("Perioden: 2022"), or null.</summary>
    public int? TitleYear => Titles.Select(t => TitleYearPattern().Match(t)).FirstOrDefault(m => m.Success) is { } m ? int.Parse(m.Groups[1].Value) : null;

    /// <summary>Reads and splits a file.</summary>
    public static StatLineDocument Read(string file)
    {
        var lines = ReadLines(file);
        var delimiter = SniffDelimiter(lines);
        var doubled = lines.FirstOrDefault(l => l.Length > 0) is { } first && first.Contains("\"\";\"\"") && Split(first, delimiter, file, 1).Length == 1;
        var split = new List<(long Line, string[] Cells)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            // In a doubled file the whole export was one quoted value: its last line is a lone closing quote.
            var text = doubled ? (lines[i].Trim() == "\"" ? "" : lines[i].Replace("\"\"", "\"")) : lines[i];
            split.Add((i + 1, Split(text, delimiter, file, i + 1)));
        }

        var titles = new List<string>();
        var k = 0;
        for (; k < split.Count && NonEmpty(split[k].Cells) <= 1 && split[k].Cells.Length <= 1; k++)
            if (split[k].Cells.Length == 1 && split[k].Cells[0].Trim().Length > 0) titles.Add(split[k].Cells[0].Trim());
        if (k == split.Count) throw new ImportException(file, "a header line with at least two columns", line: Math.Max(1, k), found: "(no header)");

        var header = new List<(long Line, string[] Cells)> { split[k++] };
        while (k < split.Count && IsHeaderContinuation(split[k].Cells)) header.Add(split[k++]);
        var columns = ComposeColumns(header);

        var rows = new List<StatLineRow>();
        var footer = false;
        for (; k < split.Count; k++)
        {
            var (line, cells) = split[k];
            if (cells.Length <= 1)
            {
                if (NonEmpty(cells) > 0 || rows.Count > 0) footer = true;
                continue;
            }
            if (footer) throw new ImportException(file, "only footer text after the footer began", line: line, found: string.Join(delimiter, cells.Take(3)));
            if (cells.Length != columns.Count)
                throw new ImportException(file, $"{columns.Count} cells as in the header (a complete line)", line: line, field: cells.Length < columns.Count ? columns[cells.Length].Header.Raw : null, found: $"{cells.Length} cells");
            rows.Add(new StatLineRow(line, cells));
        }
        return new StatLineDocument { File = file, Titles = titles, Columns = columns, HeaderLine = header[^1].Line, Rows = rows };
    }

    // A further header line: labelled like a StatLine header row, or holding no number at all (the unit row).
    private static bool IsHeaderContinuation(string[] cells)
    {
        if (cells.Length <= 1) return false;
        if (HeaderLabels.Contains(cells[0].Trim()) && cells[0].Trim().Length > 0) return true;
        if (cells[0].Trim().Length == 0) return true;
        return cells.Skip(1).All(c => !Cells.IsMissing(c) && !double.TryParse(c.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    private static List<StatLineColumn> ComposeColumns(List<(long Line, string[] Cells)> header)
    {
        if (header.Count == 1)
            return header[0].Cells.Select((h, i) => new StatLineColumn(i, StatLineHeader.Parse(h), null)).ToList();
        // Formatted export: the last header row holds the region label and the units; a "Perioden" row holds years.
        var unitRow = header[^1].Cells;
        var years = new int?[unitRow.Length];
        var topics = new List<string>[unitRow.Length];
        for (var i = 0; i < unitRow.Length; i++) topics[i] = [];
        foreach (var (_, cells) in header.Take(header.Count - 1))
        {
            var label = cells[0].Trim();
            if (label.Equals("Perioden", StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 1; i < cells.Length && i < years.Length; i++) years[i] = ParseYear(cells[i]);
                continue;
            }
            if (cells.Skip(1).Where(c => c.Trim().Length > 0).All(c => HeaderLabels.Contains(c.Trim()))) continue;
            for (var i = 1; i < cells.Length && i < topics.Length; i++)
                if (cells[i].Trim().Length > 0) topics[i].Add(cells[i].Trim());
        }
        var columns = new List<StatLineColumn> { new(0, StatLineHeader.Parse(unitRow[0]), null) };
        for (var i = 1; i < unitRow.Length; i++)
        {
            var topic = string.Join("/", topics[i]);
            var unit = unitRow[i].Trim();
            columns.Add(new StatLineColumn(i, StatLineHeader.Parse(topic + " (" + unit + ")"), years[i]));
        }
        return columns;
    }

    /// <summary>The year of a StatLine period ("2024", "2024*" provisional, "2024JJ00"), or null.</summary>
    public static int? ParseYear(string? text) => text is not null && PeriodYear().Match(text.Trim()) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    private static int NonEmpty(string[] cells) => cells.Count(c => c.Trim().Length > 0);

    private static List<string> ReadLines(string file)
    {
        TextLimits.EnsureLineLengths(file);
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    private static char SniffDelimiter(List<string> lines)
    {
        int semicolons = 0, commas = 0;
        foreach (var line in lines.Take(20))
        {
            var quoted = false;
            foreach (var ch in line)
            {
                if (ch == '"') quoted = !quoted;
                else if (!quoted && ch == ';') semicolons++;
                else if (!quoted && ch == ',') commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /// <summary>Splits one line on the delimiter, honouring quotes and "" escapes; an unclosed quote is a broken line.</summary>
    public static string[] Split(string line, char delimiter, string file, long lineNumber)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch != '"') sb.Append(ch);
                else if (i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == delimiter) { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        if (quoted) throw new ImportException(file, "a closing quote before the end of the line (a complete line)", line: lineNumber, found: line.Length > 40 ? "…" + line[^40..] : line);
        cells.Add(sb.ToString());
        return cells.ToArray();
    }

    [GeneratedRegex(@"^Perioden:\s*(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex TitleYearPattern();

    [GeneratedRegex(@"^(\d{4})(?:\*|JJ00|\b|$)")]
    private static partial Regex PeriodYear();
}

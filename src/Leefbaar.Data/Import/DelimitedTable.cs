using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Leefbaar.Data.Import;

/// <summary>
/// A delimited text file read row by row with CsvHelper: detects ';', ',', '|' or tab from the header line,
/// strips a BOM, trims header cells, and reports 1-based line numbers for errors. Values are strings; the
/// importers parse them with <see cref="Cells"/>.
/// </summary>
public sealed class DelimitedTable : IDisposable
{
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;

    /// <summary>The file.</summary>
    public string File { get; }
    /// <summary>Trimmed header cells.</summary>
    public IReadOnlyList<string> Header { get; }
    /// <summary>The detected delimiter.</summary>
    public string Delimiter { get; }

    private DelimitedTable(string file, StreamReader reader, CsvReader csv, string[] header, string delimiter)
    {
        File = file;
        _reader = reader;
        _csv = csv;
        Header = header;
        Delimiter = delimiter;
    }

    /// <summary>Opens a file; <paramref name="skipLines"/> skips title lines before the header.</summary>
    public static DelimitedTable Open(string file, int skipLines = 0, string? delimiter = null)
    {
        TextLimits.EnsureLineLengths(file);
        var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        for (var i = 0; i < skipLines; i++) reader.ReadLine();
        var sniff = delimiter ?? Sniff(file, skipLines);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = sniff,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || csv.HeaderRecord.Length < 2)
        {
            csv.Dispose();
            reader.Dispose();
            throw new ImportException(file, "a header line with at least two columns", line: skipLines + 1, found: "(empty or one column)");
        }
        var header = csv.HeaderRecord.Select(h => h.Trim().Trim('\uFEFF')).ToArray();
        return new DelimitedTable(file, reader, csv, header, sniff);
    }

    private static string Sniff(string file, int skipLines)
    {
        using var r = new StreamReader(file, Encoding.UTF8, true);
        for (var i = 0; i < skipLines; i++) r.ReadLine();
        var line = r.ReadLine() ?? "";
        var best = ",";
        var max = 0;
        foreach (var d in new[] { ";", ",", "\t", "|" })
        {
            var n = line.Split(d).Length;
            if (n > max) (best, max) = (d, n);
        }
        return best;
    }

    /// <summary>Index of a column by the first of the given names that the header has (case-insensitive), or -1.</summary>
    public int IndexOf(params string[] names)
    {
        // Names are tried in order, so an explicit name from the manifest beats a fallback that sits further left.
        foreach (var n in names)
            for (var i = 0; i < Header.Count; i++)
                if (string.Equals(Header[i], n, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>Index of a required column, or an error naming the columns that were expected.</summary>
    public int Require(params string[] names)
    {
        var i = IndexOf(names);
        return i >= 0 ? i : throw new ImportException(File, $"a column named {string.Join(" or ", names.Select(n => $"'{n}'"))} in the header", line: 1, found: string.Join(",", Header.Take(8)));
    }

    /// <summary>Reads the next record; false at the end.</summary>
    public bool Read(out string[] cells, out long line)
    {
        if (!_csv.Read())
        {
            cells = [];
            line = 0;
            return false;
        }
        line = _csv.Parser.RawRow;
        cells = _csv.Parser.Record ?? [];
        return true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }
}

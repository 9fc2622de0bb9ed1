using Leefbaar.Core.Areas;
using System.Globalization;
using System.Text;
using Leefbaar.Core.Errors;

namespace Leefbaar.App.AreaSets;

/// <summary>One line of a set file: an area code or name, the gemeente a name is looked up in, and its line number.</summary>
public sealed record AreaSetEntry(string Entry, string? Gemeente, int Line);

/// <summary>A set file as read: its id, name, description and source, and its entries in file order.</summary>
public sealed record AreaSetDefinition(string Id, string Name, string Description, string Source, IReadOnlyList<AreaSetEntry> Entries);

/// <summary>
/// Reads a set file: a CSV with header lines <c># id:</c>, <c># name:</c>, <c># description:</c> and <c># source:</c>
/// (id, name and source required — a set without its source is an opinion), then a header <c>entry,gemeente</c> and one
/// row per area: a BU/WK/GM code, or a buurt or wijk name with the GM code of its gemeente. Errors name the file, line
/// and field.
/// </summary>
public static class AreaSetFile
{
    /// <summary>Most entries in one set.</summary>
    public const int MaxEntries = 5000;

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    public static AreaSetDefinition Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: file not found.");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<AreaSetEntry>();
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':');
                if (colon > 1) meta[line[1..colon].Trim()] = line[(colon + 1)..].Trim();
                continue;
            }
            var fields = line.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            if (!headerSeen)
            {
                if (!fields[0].Equals("entry", StringComparison.OrdinalIgnoreCase))
                    throw Error(path, i + 1, "header", $"a header line 'entry,gemeente' before the rows; found '{Cut(line)}'");
                headerSeen = true;
                continue;
            }
            if (fields[0].Length == 0) throw Error(path, i + 1, "entry", "an area code or name; found an empty field");
            var gemeente = fields.Length > 1 && fields[1].Length > 0 ? fields[1].ToUpperInvariant() : null;
            if (gemeente is not null && !(gemeente.Length == 6 && gemeente.StartsWith("GM", StringComparison.Ordinal) && gemeente[2..].All(char.IsAsciiDigit)))
                throw Error(path, i + 1, LevelName.Gemeente, $"a gemeente code GM + 4 digits; found '{Cut(fields[1])}'");
            entries.Add(new AreaSetEntry(fields[0], gemeente, i + 1));
            if (entries.Count > MaxEntries) throw Error(path, i + 1, "entry", $"at most {MaxEntries} entries");
        }
        string Need(string key) => meta.TryGetValue(key, out var v) && v.Length > 0 ? v
            : throw new InvalidInputException($"{path}: the header line '# {key}: …' is missing; a set needs an id, a name and its source.");
        var id = Need("id");
        if (id.Length > 60 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new InvalidInputException($"{path}: '# id: {Cut(id)}' must be 1–60 lower-case letters, digits and '-'.");
        if (entries.Count == 0) throw new InvalidInputException($"{path}: no entries after the header line 'entry,gemeente'.");
        return new AreaSetDefinition(id, Need("name"), meta.GetValueOrDefault("description") ?? "", Need("source"), entries);
    }

    private static InvalidInputException Error(string path, int line, string field, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}, line {line}, field '{field}': expected {expected}."));

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

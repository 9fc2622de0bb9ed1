using Leefbaar.Core.Areas;
using Leefbaar.Data.Catalogue;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.StatLine;

/// <summary>
/// Resolves the region names of StatLine exports that carry no codes ("Aa en Hunze", "Groningen (PV)", "Nederland")
/// to area codes, from a lookup file (gemeente code + name, optionally provincie code + name, such as a
/// gemeente→provincie "koppeltabel") and from the gemeenten already in the batch. Aggregates Leefbaar has no area
/// for — landsdelen "(LD)", politie-eenheden "(RE)", "niet in te delen" — are recognised so that they can be skipped.
/// </summary>
public sealed class GemeenteNameLookup
{
    private readonly Dictionary<string, AreaCode> _gemeenten = new();
    private readonly Dictionary<string, AreaCode> _provincies = new();
    private readonly Dictionary<AreaCode, AreaCode> _provincieOf = new();

    /// <summary>Number of gemeente names known.</summary>
    public int Count => _gemeenten.Count;

    /// <summary>Loads a lookup file; its code and name columns are recognised by their content and names.</summary>
    public static GemeenteNameLookup Load(string file)
    {
        var lookup = new GemeenteNameLookup();
        using var table = DelimitedTable.Open(file);
        var rows = new List<(long Line, string[] Cells)>();
        while (table.Read(out var cells, out var line)) rows.Add((line, cells));
        int Find(Func<string, bool> header, AreaLevel level) => Enumerable.Range(0, table.Header.Count).FirstOrDefault(i =>
            header(table.Header[i].ToLowerInvariant()) && rows.Count > 0 && rows.All(r => AreaCode.TryParse(Cells.At(r.Cells, i), out var c) && c.Level == level), -1);
        var gmCol = Find(h => h.Contains("code") && !h.Contains(LevelName.Provincie), AreaLevel.Gemeente);
        var gmName = table.IndexOf("gemeenteNaam", "gemeentenaam", "gm_naam", "naam", "name");
        if (gmCol < 0 || gmName < 0) throw new ImportException(file, "a lookup with a column of GM codes and a gemeente name column", line: 1, found: string.Join(",", table.Header));
        var pvCol = Find(h => h.Contains(LevelName.Provincie) && h.Contains("code"), AreaLevel.Provincie);
        var pvName = table.IndexOf("Provincie", "provincienaam", "pv_naam");
        foreach (var (_, cells) in rows)
        {
            var gm = AreaCode.Parse(cells[gmCol]);
            lookup.AddGemeente(Cells.At(cells, gmName) ?? "", gm);
            if (pvCol >= 0 && AreaCode.TryParse(Cells.At(cells, pvCol), out var pv))
            {
                lookup._provincieOf[gm] = pv;
                if (pvName >= 0 && Cells.At(cells, pvName) is { } name) lookup._provincies.TryAdd(Key(name), pv);
            }
        }
        return lookup;
    }

    /// <summary>Loads the lookup named by the entry's option "lookup" (relative to the data folder), or an empty one.</summary>
    public static GemeenteNameLookup ForEntry(string path, ManifestEntry entry)
    {
        if (entry.Option("lookup") is not { } relative) return new GemeenteNameLookup();
        var file = DataPaths.Inside(DataRoot(path, entry), relative, "option \"lookup\"");
        return File.Exists(file) ? Load(file) : throw new ImportException(path, $"the lookup file '{relative}' (option \"lookup\", relative to the data folder)", found: "(missing)");
    }

    /// <summary>The data folder a resolved manifest path lies in: one folder up per segment of the entry's path.</summary>
    public static string DataRoot(string path, ManifestEntry entry)
    {
        var dir = Path.GetFullPath(path);
        foreach (var _ in entry.Path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries)) dir = Path.GetDirectoryName(dir) ?? dir;
        return dir;
    }

    /// <summary>Adds the names of the gemeenten already in a batch for one division.</summary>
    public void AddFromBatch(ImportBatch batch, int division)
    {
        foreach (var a in batch.Areas.Values)
            if (a.Level == AreaLevel.Gemeente && a.DivisionYear == division && !string.IsNullOrWhiteSpace(a.Name)) AddGemeente(a.Name, a.Code);
    }

    /// <summary>The provincie of a gemeente, when the lookup has one.</summary>
    public AreaCode? ProvincieOf(AreaCode gemeente) => _provincieOf.TryGetValue(gemeente, out var pv) ? pv : null;

    /// <summary>Resolves a region name to NL00, a provincie ("… (PV)") or a gemeente.</summary>
    public bool TryResolve(string name, out AreaCode code)
    {
        var key = Key(name);
        if (key == "nederland") { code = AreaCode.Parse("NL00"); return true; }
        if (key.EndsWith(" (pv)", StringComparison.Ordinal)) return _provincies.TryGetValue(key[..^5], out code);
        return _gemeenten.TryGetValue(key, out code);
    }

    /// <summary>True for StatLine aggregates that are no Leefbaar area: landsdelen, politie-eenheden, "niet in te delen".</summary>
    public static bool IsAggregate(string name)
    {
        var key = Key(name);
        return key.EndsWith(" (ld)", StringComparison.Ordinal) || key.EndsWith(" (re)", StringComparison.Ordinal) || key.Contains("niet in te delen", StringComparison.Ordinal);
    }

    private void AddGemeente(string name, AreaCode code)
    {
        var key = Key(name);
        _gemeenten.TryAdd(key, code);
        // StatLine and the koppeltabel both write "Groningen (gemeente)"; accept the bare name too when it is free.
        if (key.EndsWith(" (gemeente)", StringComparison.Ordinal)) _gemeenten.TryAdd(key[..^11], code);
    }

    // Case, diacritics ("Fryslân"), apostrophes, hyphens and spaces do not distinguish two names; a "(…)" suffix is kept.
    private static string Key(string name)
    {
        var t = name.Trim();
        var suffix = "";
        var open = t.LastIndexOf('(');
        if (open > 0 && t.EndsWith(')'))
        {
            suffix = " (" + IndicatorCodes.Snake(t[(open + 1)..^1]).Replace('_', ' ') + ")";
            t = t[..open];
        }
        return IndicatorCodes.Snake(t.Replace("'", "")).Replace('_', ' ') + suffix;
    }
}

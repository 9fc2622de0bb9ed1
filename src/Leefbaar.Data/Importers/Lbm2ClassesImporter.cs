using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads Leefbaarometer 2.0 classes as {code: {KL02: "6", …, VKL0208: "4", …}}: KLyy is the 9-class verdict in
/// 20yy, VKLaabb the 7-class development (4 = no change) from 20aa to 20bb. Stored under release "lbm2", a
/// separate series never mixed with 3.0: its model, classes and indicators differ.
/// </summary>
public sealed class Lbm2ClassesImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "lbm2-classes";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var release = entry.Release ?? "lbm2";
        var division = entry.Division ?? 2016;
        using var doc = JsonFiles.Parse(path);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new ImportException(path, "an object keyed by area code");
        long i = 0;
        foreach (var area in doc.RootElement.EnumerateObject())
        {
            if (!AreaCode.TryParse(area.Name, out var code))
                throw new ImportException(path, "an area code as key", feature: i, field: "(key)", found: area.Name);
            batch.At(path, feature: i);
            batch.AddArea(new Area(code, division, "", Gemeente: code.GemeenteByCode()));
            if (area.Value.ValueKind != JsonValueKind.Object)
                throw new ImportException(path, "an object of classes {KLyy: \"6\", …}", feature: i, field: area.Name, found: area.Value.ValueKind.ToString());
            foreach (var p in area.Value.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Null) continue;
                var text = p.Value.ToString();
                if (!int.TryParse(text, out var cls))
                    throw new ImportException(path, "a class number as string", feature: i, field: p.Name, found: text);
                if (p.Name.StartsWith("VKL") && p.Name.Length == 7 && p.Name[3..].All(char.IsAsciiDigit))
                {
                    if (cls is < 1 or > 7) throw new ImportException(path, "a development class 1–7", feature: i, field: p.Name, found: text);
                    var from = 2000 + int.Parse(p.Name.AsSpan(3, 2));
                    var to = 2000 + int.Parse(p.Name.AsSpan(5, 2));
                    batch.AddScore(new OfficialScore(code, to, release, null, null, null, null, null, null, null, ClassTotal: null, DevelopmentClass: cls, DevelopmentFromYear: from));
                }
                else if (p.Name.StartsWith("KL") && p.Name.Length == 4 && p.Name[2..].All(char.IsAsciiDigit))
                {
                    if (cls is < 1 or > 9) throw new ImportException(path, "a class 1–9", feature: i, field: p.Name, found: text);
                    batch.AddScore(new OfficialScore(code, 2000 + int.Parse(p.Name.AsSpan(2, 2)), release, null, null, null, null, null, null, null, ClassTotal: cls));
                }
                else throw new ImportException(path, "keys KLyy or VKLaabb", feature: i, field: p.Name, found: p.Name);
            }
            i++;
        }
    }
}

using System.Text;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Leefbaar.Data.Import;

/// <summary>One record of a shapefile: its 0-based index, geometry in the file's CRS, and dbf values by field name.</summary>
public sealed record ShapeRecord(long Index, Geometry? Geometry, IReadOnlyDictionary<string, object?> Values);

/// <summary>
/// A zipped Esri shapefile (.shp, .shx, .dbf and usually .prj) extracted to a private temporary folder that is
/// deleted on dispose. Errors name the zip, the member or record, and what was expected.
/// </summary>
public sealed class ZippedShapefile : IDisposable
{
    private readonly string _folder;

    /// <summary>The zip file.</summary>
    public string ZipFile { get; }
    /// <summary>The extracted .shp.</summary>
    public string ShpPath { get; }
    /// <summary>The text of the .prj, or null when the zip has none.</summary>
    public string? Prj { get; }

    private ZippedShapefile(string zip, string folder, string shp, string? prj) => (ZipFile, _folder, ShpPath, Prj) = (zip, folder, shp, prj);

    /// <summary>Extracts the layer (the only .shp, or the one named <paramref name="layer"/>) and checks its companion files.</summary>
    public static ZippedShapefile Extract(string zip, string? layer)
    {
        var folder = Path.Combine(Path.GetTempPath(), "leefbaar-shp-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            try
            {
                Manifest.DataPaths.EnsureReadable(zip);
                BoundedZip.Extract(zip, folder);
            }
            catch (Exception e) when (e is InvalidDataException or IOException and not FileNotFoundException or NotSupportedException or ArgumentException)
            {
                throw new ImportException(zip, "a complete .zip archive holding a shapefile", found: e.Message, inner: e);
            }
            var shps = Directory.GetFiles(folder, "*.shp", SearchOption.AllDirectories)
                .Where(f => layer is null || string.Equals(Path.GetFileNameWithoutExtension(f), layer, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            if (shps.Length != 1)
                throw new ImportException(zip, layer is null ? "exactly one .shp in the zip (or option \"layer\")" : $"a layer '{layer}.shp' in the zip",
                    field: ".shp", found: shps.Length == 0 ? "(none)" : string.Join(", ", shps.Select(Path.GetFileName)));
            var shp = shps[0];
            foreach (var ext in new[] { ".shx", ".dbf" })
                if (!File.Exists(Path.ChangeExtension(shp, ext)))
                    throw new ImportException(zip, $"a {ext} beside {Path.GetFileName(shp)}", field: ext, found: "(missing)");
            foreach (var ext in new[] { ".shp", ".shx" }) CheckLength(zip, Path.ChangeExtension(shp, ext));
            ShpRecordCheck.Check(zip, shp);
            var prjFile = Path.ChangeExtension(shp, ".prj");
            return new ZippedShapefile(zip, folder, shp, File.Exists(prjFile) ? File.ReadAllText(prjFile) : null);
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    /// <summary>
    /// The CRS from the .prj (refusing a projection other than RD New), else the manifest's; checked against the
    /// first coordinate so that lon/lat numbers under an RD New .prj are caught.
    /// </summary>
    public Crs ResolveCrs(string? manifestCrs, Geometry sample, long feature)
    {
        Crs? declared;
        if (Prj is not null)
        {
            declared = PrjCrs.TryParse(Prj)
                ?? throw new ImportException(ZipFile, "a .prj in RD New (EPSG:28992) or lon/lat WGS84/ETRS89/Amersfoort", field: ".prj", found: Prj.Trim());
        }
        else
        {
            declared = CrsNames.TryParse(manifestCrs);
        }
        return CrsCheck.Resolve(ZipFile, feature, declared, sample);
    }

    /// <summary>The dbf field names and types, in file order.</summary>
    public IReadOnlyList<(string Name, DbfType Type)> Fields()
    {
        using var reader = Open();
        return reader.Fields.Select(f => (f.Name, f.FieldType)).ToList();
    }

    /// <summary>Reads every record that is not marked deleted; a damaged record becomes an <see cref="ImportException"/> with its index.</summary>
    public IEnumerable<ShapeRecord> Records()
    {
        using var reader = Open();
        long index = 0;
        while (true)
        {
            bool more, deleted;
            Geometry? geometry;
            Dictionary<string, object?> values;
            try
            {
                more = reader.Read(out deleted);
                if (!more) yield break;
                geometry = reader.Geometry;
                values = reader.Fields.ToDictionary(f => f.Name, f => (object?)f.Value, StringComparer.OrdinalIgnoreCase);
            }
            catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or ArgumentException or FormatException or IndexOutOfRangeException or NotSupportedException or InvalidOperationException or OverflowException)
            {
                throw new ImportException(ZipFile, "a complete shapefile record (.shp geometry and .dbf row)", feature: index, field: Path.GetFileName(ShpPath), found: e.Message, inner: e);
            }
            if (!deleted) yield return new ShapeRecord(index, geometry, values);
            index++;
        }
    }

    private ShapefileReader Open()
    {
        try
        {
            // Dutch CBS shapefiles are written in Windows-1252/Latin-1 without a .cpg; Latin-1 decodes every byte.
            return Shapefile.OpenRead(ShpPath, new ShapefileReaderOptions { Encoding = Encoding.Latin1 });
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or ArgumentException or FormatException or NotSupportedException)
        {
            throw new ImportException(ZipFile, "a readable shapefile (.shp/.shx/.dbf headers)", field: Path.GetFileName(ShpPath), found: e.Message, inner: e);
        }
    }

    // The .shp/.shx header states the file length (big-endian 16-bit words at byte 24); a truncated or padded file
    // disagrees, and NTS's reader can loop forever on a truncated .shp, so it is refused before reading.
    private static void CheckLength(string zip, string file)
    {
        var bytes = new byte[28];
        using var s = File.OpenRead(file);
        var actual = s.Length;
        if (s.ReadAtLeast(bytes, 28, throwOnEndOfStream: false) < 28)
            throw new ImportException(zip, "a complete shapefile header (100 bytes)", field: Path.GetFileName(file), found: $"{actual} bytes");
        var stated = 2L * ((bytes[24] << 24) | (bytes[25] << 16) | (bytes[26] << 8) | bytes[27]);
        if (stated != actual)
            throw new ImportException(zip, $"a file of the length its header states ({stated} bytes)", field: Path.GetFileName(file), found: $"{actual} bytes",
                hint: "the shapefile is truncated or damaged; extract it again from the original download");
    }

    /// <inheritdoc/>
    public void Dispose() => TryDelete(_folder);

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

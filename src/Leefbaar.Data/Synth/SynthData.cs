using Leefbaar.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Parquet;
using Parquet.Schema;

namespace Leefbaar.Data.Synth;

/// <summary>A synthetic Netherlands read back from its Parquet files into flat arrays (RD New metres).</summary>
public sealed class SynthData
{
    /// <summary>Dwelling coordinates, inhabitants and generating buurt.</summary>
    public required double[] DwellingX, DwellingY;
    /// <inheritdoc cref="DwellingX"/>
    public required float[] DwellingPersons;
    /// <inheritdoc cref="DwellingX"/>
    public required int[] DwellingBuurt;
    /// <summary>Amenity coordinates and type codes (<see cref="AmenityTypes.Names"/>).</summary>
    public required double[] AmenityX, AmenityY;
    /// <inheritdoc cref="AmenityX"/>
    public required int[] AmenityType;
    /// <summary>Event coordinates.</summary>
    public required double[] EventX, EventY;
    /// <summary>Buurt codes, wijk and gemeente codes, and polygons (null when absent), by buurt row.</summary>
    public required string[] BuurtCode, BuurtWijk, BuurtGemeente;
    /// <inheritdoc cref="BuurtCode"/>
    public required Geometry?[] BuurtPolygon;

    /// <summary>Coordinates of the amenities of one type.</summary>
    public (double[] X, double[] Y) AmenitiesOfType(int type)
    {
        var n = 0;
        foreach (var t in AmenityType) if (t == type) n++;
        var x = new double[n]; var y = new double[n]; var k = 0;
        for (var i = 0; i < AmenityType.Length; i++) if (AmenityType[i] == type) { x[k] = AmenityX[i]; y[k] = AmenityY[i]; k++; }
        return (x, y);
    }

    /// <summary>Reads a folder written by <see cref="SynthGenerator"/>.</summary>
    public static async Task<SynthData> Load(string dir)
    {
        foreach (var f in new[] { "dwellings.parquet", "amenities.parquet", "events.parquet", "buurten.parquet" })
            if (!File.Exists(Path.Combine(dir, f))) throw new FileNotFoundException($"{Path.Combine(dir, f)} is missing; generate the folder with `leefbaar synth`.");
        var dw = await Columns(Path.Combine(dir, "dwellings.parquet"));
        var am = await Columns(Path.Combine(dir, "amenities.parquet"));
        var ev = await Columns(Path.Combine(dir, "events.parquet"));
        await using var buurten = await ParquetReader.CreateAsync(Path.Combine(dir, "buurten.parquet"));
        using var rg = buurten.OpenRowGroupReader(0);
        var n = (int)rg.RowCount;
        async Task<string[]> Strings(DataField<string> f) { var a = new string[n]; await rg.ReadAsync(f, a.AsMemory()); return a; }
        var wkb = new byte[n][];
        await rg.ReadAsync(SynthSchema.Wkb, wkb.AsMemory());
        var reader = new WKBReader(NetTopologySuite.NtsGeometryServices.Instance);
        return new SynthData
        {
            DwellingX = dw.Get<double>("x"), DwellingY = dw.Get<double>("y"), DwellingPersons = dw.Get<float>("persons"), DwellingBuurt = dw.Get<int>(LevelName.Buurt),
            AmenityX = am.Get<double>("x"), AmenityY = am.Get<double>("y"), AmenityType = am.Get<int>("type"),
            EventX = ev.Get<double>("x"), EventY = ev.Get<double>("y"),
            BuurtCode = await Strings(SynthSchema.Code), BuurtWijk = await Strings(SynthSchema.Wijk), BuurtGemeente = await Strings(SynthSchema.Gemeente),
            BuurtPolygon = wkb.Select(b => b is null ? null : reader.Read(b)).ToArray(),
        };
    }

    /// <summary>All primitive columns of a point file, concatenated over row groups.</summary>
    private sealed class ColumnSet : Dictionary<string, Array>
    {
        public T[] Get<T>(string name) => (T[])this[name];
    }

    private static async Task<ColumnSet> Columns(string file)
    {
        await using var reader = await ParquetReader.CreateAsync(file);
        long total = 0;
        for (var g = 0; g < reader.RowGroupCount; g++) { using var rg = reader.OpenRowGroupReader(g); total += rg.RowCount; }
        var set = new ColumnSet();
        foreach (var field in reader.Schema.GetDataFields())
            set[field.Name] = Array.CreateInstance(field.ClrType, total);
        long at = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            var n = (int)rg.RowCount;
            foreach (var field in reader.Schema.GetDataFields())
            {
                var target = set[field.Name];
                switch (target)
                {
                    case double[] d: await rg.ReadAsync(field, d.AsMemory((int)at, n)); break;
                    case float[] f: await rg.ReadAsync(field, f.AsMemory((int)at, n)); break;
                    case int[] i: await rg.ReadAsync(field, i.AsMemory((int)at, n)); break;
                    default: throw new InvalidDataException($"{file}: unexpected column type {field.ClrType} of {field.Name}.");
                }
            }
            at += n;
        }
        return set;
    }
}

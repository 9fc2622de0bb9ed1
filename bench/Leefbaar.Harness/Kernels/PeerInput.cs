using System.Runtime.InteropServices;
using Leefbaar.Data.Synth;
using NetTopologySuite.IO;

namespace Leefbaar.Harness.Kernels;

/// <summary>
/// Writes the columns the Python peers read into SYNTHDIR/peer-input: little-endian float64 files (dwellings_x/y,
/// care_x/y, amenity_TYPE_x/y for every amenity type) and buurten.tsv (row id, WKB hex in RD New). Debian has no Parquet reader for Python, so the harness
/// converts once; the files hold exactly the Parquet values. Skipped when already newer than synth.json.
/// </summary>
public static class PeerInput
{
    /// <summary>Ensures the folder exists and returns it.</summary>
    public static async Task<string> Ensure(string dataDir)
    {
        var dir = Path.Combine(dataDir, "peer-input");
        var stamp = Path.Combine(dir, "buurten.tsv");
        var source = Path.Combine(dataDir, "synth.json");
        if (File.Exists(stamp) && File.Exists(source) && File.GetLastWriteTimeUtc(stamp) >= File.GetLastWriteTimeUtc(source)) return dir;
        Directory.CreateDirectory(dir);
        var data = await SynthData.Load(dataDir);
        Write(dir, "dwellings_x", data.DwellingX);
        Write(dir, "dwellings_y", data.DwellingY);
        var (ax, ay) = data.AmenitiesOfType(AmenityTypes.BenchmarkType);
        Write(dir, "care_x", ax);
        Write(dir, "care_y", ay);
        for (var t = 0; t < AmenityTypes.Names.Length; t++)
        {
            var (tx, ty) = data.AmenitiesOfType(t);
            Write(dir, $"amenity_{AmenityTypes.Names[t]}_x", tx);
            Write(dir, $"amenity_{AmenityTypes.Names[t]}_y", ty);
        }
        var wkb = new WKBWriter();
        await using var w = new StreamWriter(stamp + ".tmp");
        for (var i = 0; i < data.BuurtPolygon.Length; i++)
            if (data.BuurtPolygon[i] is { } g) await w.WriteLineAsync($"{i}\t{Convert.ToHexString(wkb.Write(g))}");
        w.Close();
        File.Move(stamp + ".tmp", stamp, overwrite: true);
        return dir;
    }

    private static void Write(string dir, string name, double[] values)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The peer input is little-endian float64.");
        File.WriteAllBytes(Path.Combine(dir, name + ".f64"), MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
    }
}

using System.Text.Json;
using Leefbaar.Geo.Points;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Parquet;

namespace Leefbaar.Data.Synth;

/// <summary>
/// Generates the synthetic Netherlands: per buurt exactly its CBS households as dwelling points, clustered in
/// street-block-like blobs inside the buurt polygon (tighter and larger blobs in more urban buurten), amenities drawn
/// near dwellings at national per-dwelling rates, and the buurt's registered crimes as event points. Each buurt has
/// its own random stream, so the output depends only on the seed; batches of buurten are generated in parallel
/// and streamed to Parquet row groups.
/// </summary>
public static class SynthGenerator
{
    private const int BatchSize = 1024;
    /// <summary>Dwellings per blob and blob spread (m) by CBS urbanity class 0 (unknown) … 5 (not urban).</summary>
    private static readonly int[] PerBlob = [40, 150, 100, 60, 30, 12];
    private static readonly double[] BlobSigma = [70, 90, 80, 70, 60, 50];

    /// <summary>Counts written.</summary>
    public sealed record Summary(int Buurten, long Dwellings, long Amenities, long Events, long Inhabitants);

    /// <summary>Generates the data for <paramref name="buurten"/> into <paramref name="outDir"/>.</summary>
    public static async Task<Summary> Generate(IReadOnlyList<SynthBuurt> buurten, int seed, string scaleLabel, string outDir,
        IProgress<double>? progress = null, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(outDir);
        var nationalHouseholds = 8_374_060.0; // Σ households of all 14,574 buurten in KWB 2024 (woonikveilig): per-dwelling amenity rates
        var rates = AmenityTypes.NationalTotals.Select(t => t / nationalHouseholds).ToArray();
        long dwellings = 0, amenities = 0, events = 0, inhabitants = 0;
        await using (var dw = await Create(outDir, "dwellings.parquet", SynthSchema.Dwellings, cancel))
        await using (var am = await Create(outDir, "amenities.parquet", SynthSchema.Amenities, cancel))
        await using (var ev = await Create(outDir, "events.parquet", SynthSchema.Events, cancel))
        {
            for (var from = 0; from < buurten.Count; from += BatchSize)
            {
                var to = Math.Min(buurten.Count, from + BatchSize);
                var parts = new BuurtPoints[to - from];
                Parallel.For(from, to, b => parts[b - from] = GenerateBuurt(buurten[b], b, seed, rates));
                dwellings += await WriteGroup(dw.Writer, parts, p => p.Dwellings, withPersons: true, withType: false);
                amenities += await WriteGroup(am.Writer, parts, p => p.Amenities, withPersons: false, withType: true);
                events += await WriteGroup(ev.Writer, parts, p => p.Events, withPersons: false, withType: false);
                progress?.Report((double)to / buurten.Count);
            }
        }
        foreach (var b in buurten) inhabitants += b.Households > 0 && (b.Polygon ?? b.Fallback) is not null ? b.Inhabitants : 0;
        await WriteBuurten(Path.Combine(outDir, "buurten.parquet"), buurten, cancel);
        var summary = new Summary(buurten.Count, dwellings, amenities, events, inhabitants);
        await File.WriteAllTextAsync(Path.Combine(outDir, "synth.json"), JsonSerializer.Serialize(new
        {
            schema = SynthSchema.Version, synthetic = true, seed, scale = scaleLabel, crs = "EPSG:28992",
            buurten = summary.Buurten, dwellings = summary.Dwellings, amenities = summary.Amenities, events = summary.Events,
            amenityTypes = AmenityTypes.Names,
        }, new JsonSerializerOptions { WriteIndented = true }), cancel);
        return summary;
    }

    /// <summary>Flat x, y (and persons or type) of one category of one buurt.</summary>
    private sealed class PointBlock(int n)
    {
        public readonly double[] X = new double[n], Y = new double[n];
        public readonly float[] Persons = new float[n];
        public readonly int[] Type = new int[n];
        public int Count;
    }

    private sealed record BuurtPoints(int Buurt, PointBlock Dwellings, PointBlock Amenities, PointBlock Events);

    private static BuurtPoints GenerateBuurt(SynthBuurt b, int index, int seed, double[] rates)
    {
        var rng = SynthRandom.For(seed, index);
        var shape = b.Polygon ?? b.Fallback;
        var hh = shape is null ? 0 : Math.Max(0, b.Households);
        var dwell = new PointBlock(hh);
        var amenityCounts = rates.Select(r => rng.Round(r * hh)).ToArray();
        var amen = new PointBlock(amenityCounts.Sum());
        var events = new PointBlock(shape is null ? 0 : Math.Max(0, b.Crimes));
        if (shape is null) return new BuurtPoints(index, dwell, amen, events);

        var poly = PolygonSet.From([shape]);
        var env = shape.EnvelopeInternal;
        var inside = shape.InteriorPoint;
        (double, double) Uniform(ref SynthRandom r)
        {
            for (var tries = 0; tries < 200; tries++)
            {
                var x = env.MinX + r.Uniform() * env.Width; var y = env.MinY + r.Uniform() * env.Height;
                if (poly.Contains(0, x, y)) return (x, y);
            }
            return (inside.X, inside.Y);
        }

        var urb = b.Urbanity;
        var blobs = new (double X, double Y)[Math.Max(1, (int)Math.Round((double)hh / PerBlob[urb]))];
        for (var k = 0; k < blobs.Length; k++) blobs[k] = Uniform(ref rng);
        var persons = hh > 0 ? (float)Math.Max(0, b.Inhabitants) / hh : 0f;
        for (var i = 0; i < hh; i++)
        {
            var (cx, cy) = blobs[rng.Below(blobs.Length)];
            double x = cx, y = cy;
            for (var tries = 0; tries < 6; tries++)
            {
                var tx = cx + BlobSigma[urb] * rng.Gaussian(); var ty = cy + BlobSigma[urb] * rng.Gaussian();
                if (poly.Contains(0, tx, ty)) { x = tx; y = ty; break; }
            }
            dwell.X[i] = x; dwell.Y[i] = y; dwell.Persons[i] = persons;
        }
        dwell.Count = hh;
        for (var t = 0; t < amenityCounts.Length; t++)
            for (var k = 0; k < amenityCounts[t]; k++)
            {
                var d = rng.Below(hh);
                amen.X[amen.Count] = dwell.X[d] + AmenityTypes.Spread[t] * rng.Gaussian();
                amen.Y[amen.Count] = dwell.Y[d] + AmenityTypes.Spread[t] * rng.Gaussian();
                amen.Type[amen.Count++] = t;
            }
        for (var k = 0; k < events.X.Length; k++)
        {
            if (hh > 0)
            {
                var d = rng.Below(hh);
                events.X[k] = dwell.X[d] + 60 * rng.Gaussian(); events.Y[k] = dwell.Y[d] + 60 * rng.Gaussian();
            }
            else (events.X[k], events.Y[k]) = Uniform(ref rng);
        }
        events.Count = events.X.Length;
        return new BuurtPoints(index, dwell, amen, events);
    }

    private sealed record OpenWriter(FileStream Stream, ParquetWriter Writer) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() { await Writer.DisposeAsync(); await Stream.DisposeAsync(); }
    }

    private static async Task<OpenWriter> Create(string dir, string name, Parquet.Schema.ParquetSchema schema, CancellationToken cancel)
    {
        var stream = File.Create(Path.Combine(dir, name));
        return new OpenWriter(stream, await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel));
    }

    private static async Task<long> WriteGroup(ParquetWriter writer, BuurtPoints[] parts, Func<BuurtPoints, PointBlock> pick, bool withPersons, bool withType)
    {
        var n = parts.Sum(p => pick(p).Count);
        if (n == 0) return 0;
        var x = new double[n]; var y = new double[n]; var buurt = new int[n];
        var persons = withPersons ? new float[n] : []; var type = withType ? new int[n] : [];
        var at = 0;
        foreach (var p in parts)
        {
            var block = pick(p);
            Array.Copy(block.X, 0, x, at, block.Count); Array.Copy(block.Y, 0, y, at, block.Count);
            Array.Fill(buurt, p.Buurt, at, block.Count);
            if (withPersons) Array.Copy(block.Persons, 0, persons, at, block.Count);
            if (withType) Array.Copy(block.Type, 0, type, at, block.Count);
            at += block.Count;
        }
        using var rg = writer.CreateRowGroup();
        await rg.WriteAsync<double>(SynthSchema.X, x);
        await rg.WriteAsync<double>(SynthSchema.Y, y);
        if (withPersons) await rg.WriteAsync<float>(SynthSchema.Persons, persons);
        if (withType) await rg.WriteAsync<int>(SynthSchema.Type, type);
        await rg.WriteAsync<int>(SynthSchema.Buurt, buurt);
        return n;
    }

    private static async Task WriteBuurten(string file, IReadOnlyList<SynthBuurt> buurten, CancellationToken cancel)
    {
        await using var stream = File.Create(file);
        await using var writer = await ParquetWriter.CreateAsync(SynthSchema.Buurten, stream, cancellationToken: cancel);
        using var rg = writer.CreateRowGroup();
        var wkb = new WKBWriter();
        await rg.WriteAsync<int>(SynthSchema.Id, Enumerable.Range(0, buurten.Count).ToArray());
        await rg.WriteAsync(SynthSchema.Code, buurten.Select(b => b.Code).ToArray());
        await rg.WriteAsync(SynthSchema.Name, buurten.Select(b => b.Name).ToArray());
        await rg.WriteAsync(SynthSchema.Wijk, buurten.Select(b => b.Wijk).ToArray());
        await rg.WriteAsync(SynthSchema.Gemeente, buurten.Select(b => b.Gemeente).ToArray());
        await rg.WriteAsync(SynthSchema.Provincie, buurten.Select(b => b.Provincie).ToArray());
        await rg.WriteAsync<int>(SynthSchema.Inhabitants, buurten.Select(b => b.Inhabitants).ToArray());
        await rg.WriteAsync<int>(SynthSchema.Households, buurten.Select(b => b.Households).ToArray());
        await rg.WriteAsync<int>(SynthSchema.Crimes, buurten.Select(b => b.Crimes).ToArray());
        await rg.WriteAsync(SynthSchema.Wkb, buurten.Select(b => b.Polygon is Geometry g ? wkb.Write(g) : null!).ToArray());
    }
}

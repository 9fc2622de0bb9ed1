using System.Buffers.Binary;

namespace Leefbaar.Data.Import;

/// <summary>
/// Walks the record headers of a .shp before NetTopologySuite reads it: every record inside the file, and in every
/// multi-part or multi-point shape the part and point counts within the record and the part starts ascending from 0
/// below the point count. NTS's reader loops without end on a negative part start (fuzz run of 4 Dec 2026,
/// input #1295), so such a file is refused here. Layout: Esri Shapefile Technical Description (1998), tables 1–6.
/// </summary>
internal static class ShpRecordCheck
{
    private const int FileHeaderBytes = 100;
    private const int RecordHeaderBytes = 8;
    private const int ShapeHeaderBytes = 44; // type, bounding box, part count, point count

    /// <summary>Throws an <see cref="ImportException"/> naming the record when a record's structure is impossible.</summary>
    public static void Check(string zip, string shp)
    {
        // Reads only headers and part arrays (a national .shp is hundreds of MB), seeking over the coordinates.
        using var stream = new FileStream(shp, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var field = Path.GetFileName(shp);
        var length = stream.Length;
        var header = new byte[RecordHeaderBytes + ShapeHeaderBytes];
        long offset = FileHeaderBytes;
        for (long record = 0; offset < length; record++)
        {
            stream.Position = offset;
            var got = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (got < RecordHeaderBytes + 4)
                throw Refuse(zip, field, record, "a record header and shape type", $"{length - offset} bytes left");
            var contentBytes = 2L * BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
            var start = offset + RecordHeaderBytes;
            if (contentBytes < 4 || start + contentBytes > length)
                throw Refuse(zip, field, record, "a record length inside the file", $"{contentBytes} bytes at byte {offset}");
            var shape = header.AsSpan(RecordHeaderBytes, (int)Math.Min(got - RecordHeaderBytes, contentBytes));
            CheckShape(zip, field, record, shape, contentBytes, stream);
            offset = start + contentBytes;
        }
    }

    private static void CheckShape(string zip, string field, long record, ReadOnlySpan<byte> shape, long contentBytes, FileStream stream)
    {
        var type = BinaryPrimitives.ReadInt32LittleEndian(shape);
        switch (type)
        {
            case 3 or 5 or 13 or 15 or 23 or 25 or 31: // polyline, polygon, multipatch (+Z, +M): bbox, parts, points
                if (shape.Length < ShapeHeaderBytes) throw Refuse(zip, field, record, "a multi-part shape header (44 bytes)", $"{contentBytes} bytes");
                var parts = BinaryPrimitives.ReadInt32LittleEndian(shape[36..]);
                var points = BinaryPrimitives.ReadInt32LittleEndian(shape[40..]);
                var needed = ShapeHeaderBytes + (type == 31 ? 8L : 4L) * parts + 16L * points;
                if (parts < 0 || points < 0 || needed > contentBytes)
                    throw Refuse(zip, field, record, "part and point counts that fit the record", $"{parts} parts, {points} points in {contentBytes} bytes");
                CheckPartStarts(zip, field, record, stream, parts, points);
                break;
            case 8 or 18 or 28: // multipoint (+Z, +M): bbox, points
                if (shape.Length < 40) throw Refuse(zip, field, record, "a multipoint header (40 bytes)", $"{contentBytes} bytes");
                var count = BinaryPrimitives.ReadInt32LittleEndian(shape[36..]);
                if (count < 0 || 40 + 16L * count > contentBytes)
                    throw Refuse(zip, field, record, "a point count that fits the record", $"{count} points in {contentBytes} bytes");
                break;
        }
    }

    // The stream stands just after the 44-byte shape header, at the part array.
    private static void CheckPartStarts(string zip, string field, long record, FileStream stream, int parts, int points)
    {
        var starts = new byte[4 * parts];
        stream.ReadExactly(starts);
        var previous = -1;
        for (var p = 0; p < parts; p++)
        {
            var first = BinaryPrimitives.ReadInt32LittleEndian(starts.AsSpan(4 * p));
            if ((p == 0 && first != 0) || first < previous || first >= Math.Max(points, 1))
                throw Refuse(zip, field, record, "part starts ascending from 0 below the point count", $"part {p} starts at point {first} of {points}");
            previous = first;
        }
    }

    private static ImportException Refuse(string zip, string field, long record, string expected, string found) =>
        new(zip, expected, feature: record, field: field, found: found,
            hint: "the .shp is damaged; extract it again from the original download");
}

using System.IO.Compression;

namespace Leefbaar.Data.Import;

/// <summary>
/// Extracts a zip with limits, so that a zip bomb or a forged header fails fast with an <see cref="ImportException"/>:
/// at most <see cref="MaxTotalBytes"/> uncompressed in all, no member expanding more than <see cref="MaxRatio"/> times
/// (members under 1 MiB are exempt), the bytes actually written counted rather than trusting the header, and no
/// member path leaving the target folder.
/// </summary>
public static class BoundedZip
{
    /// <summary>Uncompressed total allowed per archive (2 GiB).</summary>
    public const long MaxTotalBytes = 2L << 30;
    /// <summary>Largest allowed uncompressed/compressed ratio for members of 1 MiB or more.</summary>
    public const double MaxRatio = 200;
    /// <summary>Largest number of members.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Extracts <paramref name="zip"/> into <paramref name="folder"/> (created), enforcing the limits.</summary>
    public static void Extract(string zip, string folder, long maxTotal = MaxTotalBytes)
    {
        Directory.CreateDirectory(folder);
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        using var archive = ZipFile.OpenRead(zip);
        if (archive.Entries.Count > MaxEntries) throw new ImportException(zip, $"at most {MaxEntries} members in the zip", found: archive.Entries.Count.ToString());
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new ImportException(zip, "member paths inside the archive", field: entry.FullName, found: entry.FullName, hint: "a member named with '..' or an absolute path is refused");
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
            {
                Directory.CreateDirectory(target);
                continue;
            }
            if (entry.Length >= 1 << 20 && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                throw new ImportException(zip, $"a compression ratio below {MaxRatio}:1", field: entry.FullName, found: $"{entry.Length} bytes from {entry.CompressedLength}", hint: "this looks like a zip bomb");
            if (total + entry.Length > maxTotal)
                throw new ImportException(zip, $"at most {maxTotal >> 20} MiB uncompressed", field: entry.FullName, found: $"{total + entry.Length} bytes");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var input = entry.Open();
            using var output = File.Create(target);
            var buffer = new byte[1 << 16];
            long written = 0;
            int n;
            while ((n = input.Read(buffer)) > 0)
            {
                written += n;
                // The header may lie: count what really comes out.
                if (written > entry.Length || total + written > maxTotal)
                    throw new ImportException(zip, "a member no larger than its header says", field: entry.FullName, found: $"more than {entry.Length} bytes");
                output.Write(buffer, 0, n);
            }
            total += written;
        }
    }
}

namespace Leefbaar.Data.Import;

/// <summary>
/// Bounds on text files before a CSV reader sees them: a line of 50 MB (a binary file, a missing newline) would
/// otherwise be buffered whole; here it fails after one streaming pass with the line number.
/// </summary>
public static class TextLimits
{
    /// <summary>Longest line accepted, in bytes (real StatLine exports stay below 10 KB).</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>Throws an <see cref="ImportException"/> naming the first line longer than <paramref name="maxLineBytes"/>.</summary>
    public static void EnsureLineLengths(string file, int maxLineBytes = MaxLineBytes)
    {
        Manifest.DataPaths.EnsureReadable(file);
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long line = 1, length = 0;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            for (var i = 0; i < n; i++)
            {
                if (buffer[i] == (byte)'\n') { line++; length = 0; continue; }
                if (++length > maxLineBytes)
                    throw new ImportException(file, $"lines of at most {maxLineBytes >> 10} KiB", line: line, found: "(a longer line)", hint: "not a CSV file, or its line breaks are missing");
            }
        }
    }
}

using Leefbaar.Data.Import;

namespace Leefbaar.Data.Manifest;

/// <summary>
/// Keeps every file a manifest names inside its data folder: full paths are resolved (including symlinks on the
/// way), '..' escapes and absolute paths elsewhere are refused, and only non-empty regular files or folders are
/// read (a device such as /dev/zero or a FIFO reports size 0). Errors name the path, never the file's content.
/// </summary>
public static class DataPaths
{
    /// <summary>The largest single file an import reads (bounded so that a huge or endless file fails fast).</summary>
    public const long MaxFileBytes = 4L << 30;

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="dataDir"/>, or an error when it leaves the folder.</summary>
    public static string Inside(string dataDir, string relative, string what, string? manifestFile = null)
    {
        if (string.IsNullOrWhiteSpace(relative) || relative.Contains('\0'))
            throw new ImportException(manifestFile ?? dataDir, $"a {what} relative to the data folder", field: what, found: "(empty)");
        var root = Path.GetFullPath(dataDir);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!IsUnder(full, root) || !IsUnder(RealPath(full), RealPath(root)))
            throw new ImportException(manifestFile ?? full, $"a {what} inside the data folder", field: what, found: relative,
                hint: "manifest paths are relative to the data folder; '..', absolute paths elsewhere and symlinks out of it are refused");
        return full;
    }

    /// <summary>Refuses anything that is not a non-empty regular file or a folder, before it is opened.</summary>
    public static void EnsureReadable(string path)
    {
        if (Directory.Exists(path)) return;
        var info = new FileInfo(path);
        if (!info.Exists) throw new ImportException(path, "an existing file", found: "(missing)");
        if (info.Length == 0)
            throw new ImportException(path, "a non-empty regular file", found: "(empty, a device or a pipe)", hint: "point the manifest at a data file");
        if (info.Length > MaxFileBytes)
            throw new ImportException(path, $"a file of at most {MaxFileBytes >> 30} GiB", found: $"{info.Length} bytes");
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies below it.</summary>
    public static bool IsUnder(string path, string root)
    {
        var r = Path.TrimEndingDirectorySeparator(root);
        return path == r || path.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symlink on the way resolved (the parts that do not exist are kept as written).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            for (var hops = 0; info.Exists && info.LinkTarget is not null; hops++)
            {
                if (hops > 40) throw new ImportException(path, "a path without a symlink loop", found: "(too many symlinks)");
                var target = info.LinkTarget;
                current = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(current)!, target));
                info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            }
        }
        return current;
    }
}

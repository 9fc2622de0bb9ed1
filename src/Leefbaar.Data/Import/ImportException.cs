namespace Leefbaar.Data.Import;

/// <summary>
/// Bad data from outside: says which file, where (line or feature index), which field, what was found and what
/// was expected. Thrown before anything is written, so the store is unchanged.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>The file being read.</summary>
    public string File { get; }
    /// <summary>1-based line of a text file, or null.</summary>
    public long? Line { get; }
    /// <summary>0-based feature/record index for JSON and binary formats, or null.</summary>
    public long? Feature { get; }
    /// <summary>The column or property, or null.</summary>
    public string? Field { get; }
    /// <summary>What the reader expected there.</summary>
    public string Expected { get; }

    /// <summary>Creates the error; the message is composed so that it reads as one clear line.</summary>
    public ImportException(string file, string expected, long? line = null, string? field = null, string? found = null, long? feature = null, Exception? inner = null)
        : base(Compose(file, expected, line, field, found, feature), inner)
    {
        File = file;
        Line = line;
        Feature = feature;
        Field = field;
        Expected = expected;
    }

    private static string Compose(string file, string expected, long? line, string? field, string? found, long? feature)
    {
        var where = Path.GetFileName(file);
        if (line is not null) where += $", line {line}";
        if (feature is not null) where += $", feature {feature}";
        if (field is not null) where += $", field '{field}'";
        var what = found is null ? "" : $"found '{Truncate(found)}'; ";
        return $"{where}: {what}expected {expected}. (file: {file})";
    }

    private static string Truncate(string s) => s.Length > 60 ? s[..57] + "..." : s;
}

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
    /// <summary>What the user can do about it, or null.</summary>
    public string? Hint { get; }

    /// <summary>Creates the error; the message is composed so that it reads as one clear line.</summary>
    public ImportException(string file, string expected, long? line = null, string? field = null, string? found = null, long? feature = null, Exception? inner = null, string? hint = null)
        : base(Compose(file, expected, line, field, found, feature, hint), inner)
    {
        File = file;
        Line = line;
        Feature = feature;
        Field = field;
        Expected = expected;
        Hint = hint;
    }

    private static string Compose(string file, string expected, long? line, string? field, string? found, long? feature, string? hint)
    {
        var where = Path.GetFileName(file);
        if (line is not null) where += $", line {line}";
        if (feature is not null) where += $", feature {feature}";
        if (field is not null) where += $", field '{field}'";
        var what = found is null ? "" : $"found '{Truncate(found)}'; ";
        var advice = hint is null ? "" : $" Hint: {hint}";
        return $"{where}: {what}expected {expected}.{advice} (file: {file})";
    }

    // Control characters from binary garbage would break the one-line message.
    private static string Truncate(string s)
    {
        var clean = new string(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length > 60 ? clean[..57] + "..." : clean;
    }
}

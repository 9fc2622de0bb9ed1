using System.IO.Compression;
using System.Text;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>Writes mutated copies of real zipped shapefiles for failure tests.</summary>
internal static class ZipMutation
{
    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/>, passing each member through <paramref name="change"/> (null drops it).</summary>
    public static string Copy(string source, string target, Func<string, byte[], byte[]?> change)
    {
        using var input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var member in input.Entries)
        {
            using var s = member.Open();
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            var bytes = change(member.Name, buffer.ToArray());
            if (bytes is null) continue;
            using var w = output.CreateEntry(member.Name).Open();
            w.Write(bytes);
        }
        return target;
    }

    /// <summary>Replaces the first occurrence of an ASCII text in a member's bytes (dbf fields are fixed-width, so same length).</summary>
    public static byte[] ReplaceOnce(byte[] bytes, string find, string replace)
    {
        if (find.Length != replace.Length) throw new ArgumentException("same length required");
        var f = Encoding.ASCII.GetBytes(find);
        var at = bytes.AsSpan().IndexOf(f);
        if (at < 0) throw new ArgumentException($"'{find}' not found");
        var copy = (byte[])bytes.Clone();
        Encoding.ASCII.GetBytes(replace).CopyTo(copy, at);
        return copy;
    }
}

using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Leefbaar.Data.Tests.Fuzz;

/// <summary>
/// Seeded mutations of a real input: byte flips, truncation, duplicated or dropped lines, a number replaced by NaN,
/// Infinity, 1e309, -1 or a huge value, a JSON member removed. The same seed gives the same mutation.
/// </summary>
internal static partial class Mutator
{
    private static readonly string[] Numbers = ["NaN", "Infinity", "-Infinity", "1e309", "-1", "99999999999999999999", "1e300", "-1e300", "0", "", "\"x\"", "null", "9999999999", "-99997"];

    /// <summary>One mutation of <paramref name="seed"/>; <paramref name="what"/> describes it for the failure message.</summary>
    public static byte[] Mutate(byte[] seed, Random random, out string what)
    {
        switch (random.Next(8))
        {
            case 0:
            {
                var copy = (byte[])seed.Clone();
                var n = 1 + random.Next(8);
                for (var i = 0; i < n; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
                what = $"{n} bit flips";
                return copy;
            }
            case 1:
            {
                var at = random.Next(seed.Length);
                what = $"truncated at {at}";
                return seed[..at];
            }
            case 2:
            {
                var copy = (byte[])seed.Clone();
                var at = random.Next(copy.Length);
                copy[at] = (byte)random.Next(256);
                what = $"byte {at} set";
                return copy;
            }
            case 3: return Lines(seed, random, duplicate: true, out what);
            case 4: return Lines(seed, random, duplicate: false, out what);
            case 5:
            case 6: return ReplaceNumber(seed, random, out what);
            default: return RemoveMember(seed, random, out what);
        }
    }

    private static byte[] Lines(byte[] seed, Random random, bool duplicate, out string what)
    {
        var lines = Encoding.UTF8.GetString(seed).Split('\n').ToList();
        var i = random.Next(lines.Count);
        if (duplicate) lines.Insert(i, lines[i]);
        else lines.RemoveAt(i);
        what = (duplicate ? "duplicated" : "removed") + $" line {i + 1}";
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] ReplaceNumber(byte[] seed, Random random, out string what)
    {
        var text = Encoding.UTF8.GetString(seed);
        var matches = NumberPattern().Matches(text);
        if (matches.Count == 0) { what = "no number"; return seed; }
        var m = matches[random.Next(matches.Count)];
        var by = Numbers[random.Next(Numbers.Length)];
        what = $"number '{m.Value}' at {m.Index} -> {by}";
        return Encoding.UTF8.GetBytes(text[..m.Index] + by + text[(m.Index + m.Length)..]);
    }

    private static byte[] RemoveMember(byte[] seed, Random random, out string what)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(seed); }
        catch (System.Text.Json.JsonException) { root = null; }
        if (root is null) return Lines(seed, random, duplicate: false, out what);
        var objects = new List<JsonObject>();
        Collect(root, objects, 0);
        var withMembers = objects.Where(o => o.Count > 0).ToList();
        if (withMembers.Count == 0) { what = "no member"; return seed; }
        var o = withMembers[random.Next(withMembers.Count)];
        var name = o.ElementAt(random.Next(o.Count)).Key;
        var change = random.Next(3);
        if (change == 0) o.Remove(name);
        else if (change == 1) o[name] = null;
        else o[name] = new JsonObject();
        what = change switch { 0 => "removed", 1 => "nulled", _ => "emptied" } + $" member '{name}'";
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    // Depth-first, capped so that huge geometries do not dominate the choice.
    private static void Collect(JsonNode node, List<JsonObject> into, int depth)
    {
        if (into.Count > 5000 || depth > 12) return;
        if (node is JsonObject o)
        {
            into.Add(o);
            foreach (var (_, v) in o) if (v is not null) Collect(v, into, depth + 1);
        }
        else if (node is JsonArray a)
        {
            foreach (var v in a.Take(50)) if (v is not null) Collect(v, into, depth + 1);
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][-+]?\d+)?")]
    private static partial Regex NumberPattern();
}

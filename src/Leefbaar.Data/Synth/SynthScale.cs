using Leefbaar.Core.Areas;
namespace Leefbaar.Data.Synth;

/// <summary>Which part of the country to synthesise: nl, province (Utrecht, PV26), gemeente (Utrecht, GM0344), or an explicit PV## / GM#### code.</summary>
public sealed record SynthScale(string Label, string? Provincie, string? Gemeente)
{
    /// <summary>Parses the --scale value.</summary>
    public static SynthScale Parse(string text) => text.Trim() switch
    {
        "nl" => new("nl", null, null),
        "province" => new("PV26", "PV26", null),
        LevelName.Gemeente => new("GM0344", null, "GM0344"),
        var t when t.Length == 4 && t.StartsWith("PV", StringComparison.Ordinal) && int.TryParse(t[2..], out _) => new(t, t, null),
        var t when t.Length == 6 && t.StartsWith("GM", StringComparison.Ordinal) && int.TryParse(t[2..], out _) => new(t, null, t),
        var t => throw new ArgumentException($"--scale: expected nl, province, gemeente, PV## or GM####; found '{t}'."),
    };

    /// <summary>Whether a buurt of this gemeente and provincie is included.</summary>
    public bool Includes(string gemeente, string provincie) =>
        (Provincie is null || Provincie == provincie) && (Gemeente is null || Gemeente == gemeente);
}

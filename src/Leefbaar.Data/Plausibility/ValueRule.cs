using System.Text.RegularExpressions;

namespace Leefbaar.Data.Plausibility;

/// <summary>
/// An allowed range for the values of every indicator (or score field) whose code matches <see cref="Pattern"/>
/// ('*' stands for any text, the whole code must match); in a rule list the first matching rule applies.
/// </summary>
public sealed record ValueRule(string Pattern, double Min, double Max, string Expected, string Hint)
{
    private readonly Regex _regex = new("^" + Regex.Escape(Pattern).Replace("\\*", ".*") + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>True when the rule covers this indicator or field code.</summary>
    public bool Matches(string code) => _regex.IsMatch(code);

    /// <summary>True when the value lies in [Min, Max].</summary>
    public bool Allows(double value) => value >= Min && value <= Max;
}

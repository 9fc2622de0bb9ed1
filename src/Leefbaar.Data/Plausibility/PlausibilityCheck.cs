using Leefbaar.Core.Scores;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.Plausibility;

/// <summary>Applies <see cref="PlausibilityRules"/> to a whole batch before it is written, naming the file and row of each violation.</summary>
public static class PlausibilityCheck
{
    /// <summary>Every violation in the batch, in the order the rows were read.</summary>
    public static List<PlausibilityViolation> Find(ImportBatch batch, PlausibilityRules rules, string fallbackFile)
    {
        var found = new List<PlausibilityViolation>();
        var cache = new Dictionary<string, ValueRule?>();
        for (var i = 0; i < batch.Observations.Count; i++)
        {
            var o = batch.Observations[i];
            var at = batch.ObservationPosition(i);
            if (o.Year < rules.FirstYear || o.Year > rules.LastYear)
                found.Add(Violation(at, fallbackFile, o.Area.Value, o.Year, o.Indicator + " (year)", o.Year, $"a year {rules.FirstYear}–{rules.LastYear}", "check the period column or the manifest \"year\""));
            if (!cache.TryGetValue(o.Indicator, out var rule)) cache[o.Indicator] = rule = rules.ForIndicator(o.Indicator);
            if (rule is not null && !rule.Allows(o.Value))
                found.Add(Violation(at, fallbackFile, o.Area.Value, o.Year, o.Indicator, o.Value, rule.Expected, rule.Hint));
        }
        CheckParts(batch, rules, fallbackFile, found);
        for (var i = 0; i < batch.Scores.Count; i++)
            CheckScore(batch.Scores[i], batch.ScorePosition(i), rules, fallbackFile, found);
        // Stable order by place, so the error names the first implausible row of the file.
        return found.OrderBy(v => v.File, StringComparer.Ordinal).ThenBy(v => v.Line ?? -1).ThenBy(v => v.Feature ?? -1).ToList();
    }

    private static void CheckScore(OfficialScore s, SourcePosition? at, PlausibilityRules rules, string fallbackFile, List<PlausibilityViolation> found)
    {
        if (s.Year < rules.FirstYear || s.Year > rules.LastYear)
            found.Add(Violation(at, fallbackFile, s.Area.Value, s.Year, "year", s.Year, $"a year {rules.FirstYear}–{rules.LastYear}", "check the jaar column or the manifest \"year\""));
        foreach (var (field, value) in new[] { ("lbm", s.Lbm), ("afw", s.Afw), ("won", s.Won), ("fys", s.Fys), ("vrz", s.Vrz), ("soc", s.Soc), ("onv", s.Onv) })
        {
            if (value is not { } v) continue;
            if (!double.IsFinite(v))
                found.Add(Violation(at, fallbackFile, s.Area.Value, s.Year, field, v, "a finite number", "leave the cell empty or write NA for a missing score"));
            else if (rules.ForScoreField(field) is { } rule && !rule.Allows(v))
                found.Add(Violation(at, fallbackFile, s.Area.Value, s.Year, field, v, rule.Expected, rule.Hint));
        }
    }

    private static void CheckParts(ImportBatch batch, PlausibilityRules rules, string fallbackFile, List<PlausibilityViolation> found)
    {
        if (rules.Parts.Count == 0) return;
        var names = rules.Parts.SelectMany(p => new[] { p.Part, p.Whole }).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<(string, int, int, string, string), double>();
        var indexOf = new Dictionary<(string, int, int, string, string), int>();
        for (var i = 0; i < batch.Observations.Count; i++)
        {
            var o = batch.Observations[i];
            if (!names.Contains(o.Indicator)) continue;
            var key = (o.Area.Value, o.DivisionYear, o.Year, o.Source, o.Indicator);
            values[key] = o.Value;
            indexOf[key] = i;
        }
        foreach (var ((area, division, year, source, indicator), value) in values)
            foreach (var rule in rules.Parts.Where(p => p.Part == indicator))
                if (values.TryGetValue((area, division, year, source, rule.Whole), out var whole) && value > whole + rule.Tolerance)
                    found.Add(Violation(batch.ObservationPosition(indexOf[(area, division, year, source, indicator)]), fallbackFile, area, year, indicator, value,
                        $"at most {rule.Whole} = {whole}", rule.Hint));
    }

    private static PlausibilityViolation Violation(SourcePosition? at, string fallbackFile, string area, int year, string field, double value, string expected, string hint) =>
        new(at?.File ?? fallbackFile, at?.Line, at?.Feature, area, year, field, value, expected, hint);
}

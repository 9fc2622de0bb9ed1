namespace Leefbaar.Api.Serving;

/// <summary>
/// Where the official release of a year leaves areas unscored that the Leefbaar model does score: the provinces in
/// which no area of a level has an official score (the 2024 release withholds Drenthe, Flevoland and Zeeland), so the
/// map and profile can say why those areas are grey in the official view and point to the model instead.
/// </summary>
public static class OfficialCoverage
{
    /// <summary>Provinces without any official score at <paramref name="level"/> in the newest official year, where the model scores areas there.</summary>
    public static IReadOnlyList<Contracts.CoverageGap> Gaps(ServingData data, string level)
    {
        if (data.Scores.LatestYear(ScoreValues.OfficialSource, level) is not { } year) return [];
        var official = data.Scores.Layer(ScoreValues.OfficialSource, level, year)!;
        var model = data.Scores.Layer(ScoreValues.ModelSource, level, year);
        if (model is null) return [];
        var gaps = new List<Contracts.CoverageGap>();
        foreach (var province in model.Codes.Select(c => data.Areas.GetValueOrDefault(c)?.Provincie).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            var inProvince = model.Codes.Where(c => data.Areas.GetValueOrDefault(c)?.Provincie == province).ToList();
            if (inProvince.Any(official.ByCode.ContainsKey)) continue;
            gaps.Add(new Contracts.CoverageGap(province, data.Areas.GetValueOrDefault(province)?.Name ?? province, level, year, official.Release, inProvince.Count));
        }
        return gaps;
    }
}

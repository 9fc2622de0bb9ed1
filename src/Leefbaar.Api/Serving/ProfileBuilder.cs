using Leefbaar.Core.Areas;
using Leefbaar.Api.Contracts;
using Leefbaar.Core.ReadModels;

namespace Leefbaar.Api.Serving;

/// <summary>Assembles an <see cref="AreaProfile"/> (and compared areas) from the snapshot.</summary>
public static class ProfileBuilder
{
    private const int TopContributions = 10;
    private const string NationalCode = "NL00";

    /// <summary>The profile of an area for a year (null: its newest scored year).</summary>
    public static AreaProfile Build(ApiState state, AreaRow area, int? year)
    {
        var data = state.Data;
        var official = data.OfficialOf(area.Code).Select(ScoreValues.From).ToList();
        var model = data.ModelOf(area.Code).Select(ScoreValues.From).ToList();
        var chosenYear = year ?? official.Concat(model).Select(s => (int?)s.Year).Max();
        var headOfficial = Headline(data, area.Level, official, ScoreValues.OfficialSource, chosenYear);
        var headModel = Headline(data, area.Level, model, ScoreValues.ModelSource, chosenYear) ?? Headline(data, area.Level, model, ScoreValues.ModelSource, null);
        var gemeenteCode = area.Level == LevelName.Gemeente ? null : data.GemeenteOf(area);

        return new AreaProfile(
            data.IsDemo, state.Notice, area.Code, area.Name, area.Level, area.Division, Parents(data, area),
            chosenYear, Dto(headOfficial), Dto(headModel),
            model.Count == 0 ? "Nog geen Leefbaar-modelscore: het model is niet gefit of scoort dit niveau niet. / No Leefbaar model score yet: the model is not fitted or does not score this level." : null,
            official.Select(ScoreDto.From).ToList(), model.Select(ScoreDto.From).ToList(),
            Indicators(data, area, gemeenteCode), Contributions(data, area.Code, headModel),
            new Comparison(
                gemeenteCode is null ? null : Compared(state, gemeenteCode, headOfficial?.Release, headModel?.Release, chosenYear),
                National(data, headOfficial), National(data, headModel)),
            DownloadLinks(area, gemeenteCode, headOfficial ?? headModel, chosenYear),
            Tiles.TileService.Levels.Contains(area.Level) && state.Tiles.Shapes(area.Level).ByCode.TryGetValue(area.Code, out var shape)
                ? MetaBuilder.Bbox(shape.Geometry.EnvelopeInternal) : null,
            Explanation(state, area.Code, headModel), Related(data, area, gemeenteCode));
    }

    // The official series that cover the area from elsewhere: its main postcode's (a buurt), its wijk's and gemeente's,
    // each per release with at least two years; the area's own series stay in OfficialHistory.
    private static List<RelatedSeries> Related(ServingData data, AreaRow area, string? gemeente)
    {
        var related = new List<(string Relation, string Code, string Level)>();
        if (area.Level == LevelName.Buurt && data.ObservationsOf(area.Code).FirstOrDefault(o => o.Indicator == "main_pc4") is { } pc)
            related.Add(("postcode", ((int)pc.Value).ToString("0000", System.Globalization.CultureInfo.InvariantCulture), LevelName.Pc4));
        if (area.Level == LevelName.Buurt && area.Wijk is { } wijk) related.Add((LevelName.Wijk, wijk, LevelName.Wijk));
        if (area.Level is LevelName.Buurt or LevelName.Wijk && gemeente is not null) related.Add((LevelName.Gemeente, gemeente, LevelName.Gemeente));
        var result = new List<RelatedSeries>();
        foreach (var (relation, code, level) in related)
            foreach (var g in data.OfficialOf(code).Where(r => r.Level == level && r.DevClass is null).GroupBy(r => r.Release).Where(g => g.Select(r => r.Year).Distinct().Count() >= 2))
                result.Add(new RelatedSeries(relation, code, data.Areas.GetValueOrDefault(code)?.Name ?? code, level, g.Key,
                    g.OrderBy(r => r.Year).Select(r => ScoreDto.From(ScoreValues.From(r))).ToList()));
        return result;
    }

    // The stored values of the headline model score through the release's terms: every dimension's share of each
    // indicator, exactly as `explain` reads them back (terms at their reference were not stored and add nothing).
    private static ExplanationDto? Explanation(ApiState state, string code, ScoreValues? model)
    {
        if (model is null || state.Releases.Find(model.Release) is not { } release || release.Data.Year != model.Year) return null;
        var stored = state.Data.ContributionsOf(code).Where(c => c.Release == model.Release && c.Year == model.Year)
            .ToDictionary(c => c.Indicator, c => c.Value ?? double.NaN, StringComparer.Ordinal);
        if (stored.Count == 0) return null;
        var contributions = release.Terms.Where(t => stored.ContainsKey(t.Spec.Indicator))
            .Select(t => Leefbaar.Model.Scoring.Explainer.ContributionOf(t, stored[t.Spec.Indicator]))
            .OrderByDescending(c => Math.Abs(c.Total))
            .Select(c => new IndicatorContributionDto(c.Indicator, double.IsNaN(c.Value) ? null : c.Value, c.Reference, c.PerDimension, c.Total))
            .ToList();
        return new ExplanationDto(release.Id, model.Year, release.DimensionBase, contributions);
    }

    /// <summary>Another area's headline scores, preferring the given releases, for a year (null: newest).</summary>
    public static ComparedArea? Compared(ApiState state, string code, string? officialRelease, string? modelRelease, int? year)
    {
        if (!state.Data.Areas.TryGetValue(code, out var area)) return null;
        var official = state.Data.OfficialOf(code).Select(ScoreValues.From).ToList();
        var model = state.Data.ModelOf(code).Select(ScoreValues.From).ToList();
        var o = Pick(official, officialRelease, year) ?? Headline(state.Data, area.Level, official, ScoreValues.OfficialSource, year);
        var m = Pick(model, modelRelease, year) ?? Headline(state.Data, area.Level, model, ScoreValues.ModelSource, year);
        return new ComparedArea(area.Code, area.Name, area.Level, Dto(o), Dto(m));
    }

    /// <summary>The national reference of a score's release and year.</summary>
    public static NationalDto? National(ServingData data, ScoreValues? s) =>
        s is null || data.Scores.National(s.Release, s.Year) is not { } n ? null
            : new NationalDto(n.Release, n.Year, n.Level, n.Weighting, n.Areas, n.Means);

    // The score shown for a year: from the release the map layer uses for this level and year, else the newest year.
    private static ScoreValues? Headline(ServingData data, string level, List<ScoreValues> scores, string source, int? year)
    {
        if (scores.Count == 0) return null;
        var y = year ?? scores.Max(s => s.Year);
        var release = data.Scores.Layer(source, level, y)?.Release;
        return scores.FirstOrDefault(s => s.Year == y && s.Release == release)
            ?? scores.Where(s => s.Year == y).OrderByDescending(s => s.Release, StringComparer.Ordinal).FirstOrDefault();
    }

    private static ScoreValues? Pick(List<ScoreValues> scores, string? release, int? year) =>
        release is null ? null : scores.Where(s => s.Release == release && (year is null || s.Year == year)).MaxBy(s => s.Year);

    private static ScoreDto? Dto(ScoreValues? s) => s is null ? null : ScoreDto.From(s);

    private static List<AreaRef> Parents(ServingData data, AreaRow area)
    {
        var list = new List<AreaRef>();
        foreach (var code in new[] { area.Wijk, data.GemeenteOf(area), area.Provincie })
            if (code is not null && code != area.Code && data.Areas.TryGetValue(code, out var p) && list.All(x => x.Code != code))
                list.Add(new AreaRef(p.Code, p.Name, p.Level));
        return list;
    }

    // Each indicator in its newest year, beside the gemeente's and the national value of the same indicator and year.
    private static List<IndicatorValue> Indicators(ServingData data, AreaRow area, string? gemeente)
    {
        double? Same(string? code, ServedObservation o) => code is null ? null
            : data.ObservationsOf(code).FirstOrDefault(x => x.Indicator == o.Indicator && x.Year == o.Year)?.Value;
        return data.ObservationsOf(area.Code)
            .Where(o => !o.Indicator.StartsWith("main_", StringComparison.Ordinal)) // codes such as main_pc4, not measures
            .GroupBy(o => o.Indicator).Select(g => g.MaxBy(o => o.Year)!)
            .OrderBy(o => o.Indicator, StringComparer.Ordinal)
            .Select(o => new IndicatorValue(o.Indicator, o.Year, o.Value, o.Source, Same(gemeente, o), Same(NationalCode, o)))
            .ToList();
    }

    private static List<ContributionDto> Contributions(ServingData data, string code, ScoreValues? model) =>
        model is null ? [] : data.ContributionsOf(code)
            .Where(c => c.Release == model.Release && c.Year == model.Year)
            .OrderByDescending(c => Math.Abs(c.Contribution ?? 0))
            .Take(TopContributions)
            .Select(c => new ContributionDto(c.Release, c.Year, c.Indicator, c.Dimension, c.Value, c.Reference, c.Contribution))
            .ToList();

    // The score layer behind the headline: official when there is an official score, else the model's.
    private static Downloads DownloadLinks(AreaRow area, string? gemeente, ScoreValues? head, int? year)
    {
        var y = head?.Year ?? year;
        if (y is null) return new Downloads(null, null, null, null, null);
        var source = head?.Source ?? ScoreValues.OfficialSource;
        var scope = gemeente is null ? "" : $"&gemeente={gemeente}";
        var sourceParam = source == ScoreValues.ModelSource ? $"&source={source}" : "";
        var path = $"/api/v1/scores/{area.Level}/{y}?pageSize={ApiLimits.MaxPageSize}{scope}{sourceParam}";
        return new Downloads(path + "&format=csv", path + "&format=csv&excel=nl", path + "&format=geojson", source, head?.Release);
    }
}

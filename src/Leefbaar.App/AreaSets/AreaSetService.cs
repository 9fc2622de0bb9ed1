using Leefbaar.Core.Areas;
using Leefbaar.Analysis.Sets;
using Leefbaar.App.Releases;
using Leefbaar.App.Scoring;
using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
using Leefbaar.Core.Releases;
using Leefbaar.Data.Store;
using Leefbaar.Geo.Overlay;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.AreaSets;

/// <summary>Adds, lists and reports named area sets (`leefbaar sets add|list|show`, GET /api/v1/sets).</summary>
public static class AreaSetService
{
    /// <summary>Reads a set file, maps its entries to the buurten of the store's newest division and stores it (replacing a set with the same id).</summary>
    public static AreaSetRow Add(LeefbaarStore store, string file, DateTime now) => Add(store, AreaSetFile.Read(file), file, now);

    /// <summary>As <see cref="Add(LeefbaarStore, string, DateTime)"/> for a definition built in code; <paramref name="file"/> names it in errors.</summary>
    public static AreaSetRow Add(LeefbaarStore store, AreaSetDefinition definition, string file, DateTime now)
    {
        var areas = store.AllAreasNewestDivision();
        var division = areas.Where(a => a.Level == LevelName.Buurt).Select(a => a.Division).DefaultIfEmpty(0).Max();
        if (division == 0) throw new UnusableDataException("The store has no buurten: import the data first.");
        var buurten = areas.Where(a => a.Level == LevelName.Buurt && a.Division == division).ToList();
        var members = AreaSetResolver.Resolve(file, definition, buurten, areas.Where(a => a.Level == LevelName.Wijk && a.Division == division).ToList());
        var row = new AreaSetRow(definition.Id, definition.Name, definition.Description, definition.Source, division, now, members);
        store.WriteAreaSet(row);
        return row;
    }

    /// <summary>The set with this id, or a not-found error listing the stored ids.</summary>
    public static AreaSetRow Find(LeefbaarStore store, string id)
    {
        var sets = store.AreaSets();
        return sets.FirstOrDefault(s => s.Id == id) ?? throw new NotFoundException(sets.Count == 0
            ? $"No area set '{id}': none stored yet (leefbaar sets add FILE)."
            : $"No area set '{id}'; stored: {string.Join(", ", sets.Select(s => s.Id))}.");
    }

    /// <summary>
    /// The report of a set. <paramref name="source"/> "official" uses the newest official buurt scores, "model" the
    /// model <paramref name="release"/>; null chooses official when every member has an official score, else the model
    /// (so a set in Drenthe, Flevoland or Zeeland is never silently half-empty). Inhabitants always come from the model
    /// release of the same year.
    /// </summary>
    public static AreaSetReport Report(LeefbaarStore store, string id, string? source = null, string? release = null)
    {
        var set = Find(store, id);
        var model = ReleaseResolver.Resolve(store, release, IndicatorCatalogue.Default);
        var modelScores = StoredLevelScores.Read(store, model, LevelName.Buurt) ?? LevelScoring.Score(store, model, IndicatorCatalogue.Default, LevelName.Buurt);
        var inhabitants = modelScores.ToDictionary(s => s.Code, s => s.Weight, StringComparer.Ordinal);
        var names = store.Areas(LevelName.Buurt, set.Division).ToDictionary(a => a.Code, StringComparer.Ordinal);

        var official = ReleasePrecedence.Newest(store.OfficialReleaseYears(LevelName.Buurt, model.Data.Year));
        var officialScores = official is null ? [] : store.OfficialScores(official, LevelName.Buurt, model.Data.Year)
            .Where(s => s.Afw is not null && s.Won is not null && s.Fys is not null && s.Vrz is not null && s.Soc is not null && s.Onv is not null
                && s.KTotal is not null && inhabitants.ContainsKey(s.Code))
            .Select(s => new SetBuurt(s.Code, names.GetValueOrDefault(s.Code)?.Gemeente, inhabitants[s.Code], s.Afw!.Value, s.Won!.Value, s.Fys!.Value,
                s.Vrz!.Value, s.Soc!.Value, s.Onv!.Value, s.KTotal!.Value)).ToList();
        var useOfficial = source switch
        {
            "official" => official is not null ? true : throw new UnusableDataException("The store has no official buurt scores; use --source model."),
            "model" => false,
            null => official is not null && set.Members.All(m => officialScores.Any(o => o.Code == m.Code)),
            _ => throw new InvalidInputException($"source '{source}': expected official or model."),
        };
        var scores = useOfficial ? officialScores : modelScores.Select(s => new SetBuurt(s.Code, s.Gemeente, s.Weight, s.Afw, s.Won, s.Fys, s.Vrz, s.Soc, s.Onv, s.Class)).ToList();

        var memberCodes = set.Members.Select(m => m.Code).ToList();
        var ring = TouchingRing.Of(store.Geometries(LevelName.Buurt, set.Division), memberCodes);
        var byCode = scores.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var members = set.Members.Select(m => new AreaSetMemberScore(m.Code, names.GetValueOrDefault(m.Code)?.Name ?? m.Code, names.GetValueOrDefault(m.Code)?.Gemeente, m.Entry,
            byCode.GetValueOrDefault(m.Code)?.Afw, byCode.GetValueOrDefault(m.Code)?.Class, inhabitants.GetValueOrDefault(m.Code))).ToList();
        var (trendRelease, trend) = AreaSetTrend.Of(store, set.Division, memberCodes.ToDictionary(c => c, c => inhabitants.GetValueOrDefault(c)),
            ring.ToDictionary(c => c, c => inhabitants.GetValueOrDefault(c)));
        return new AreaSetReport(set, useOfficial ? "official" : "model", useOfficial ? official! : model.Id, model.Data.Year,
            AreaSetStatistics.Summarise(scores, memberCodes, ring), members, ring, trendRelease, trend);
    }
}

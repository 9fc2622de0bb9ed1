using System.Text.Json;
using Leefbaar.App.CustomAreas;
using Leefbaar.Core.Scores;
using Leefbaar.App.Scoring;
using Leefbaar.App.Export;
using Leefbaar.App.Workspaces;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar score --areas plan.geojson`: drawn areas scored from the buurten they cover, with the per-buurt breakdown.</summary>
public static class ScoreAreas
{
    /// <summary>The columns after the shared score columns: how each area was combined.</summary>
    public static readonly string[] ExtraColumns = ["buurten", "weights", "share_weak", "inhabitants_covered"];

    /// <summary>Scores the areas of <paramref name="file"/> with <paramref name="release"/> and writes them.</summary>
    public static int Run(Workspace store, ModelRelease release, string file, string format, string? output)
    {
        var areas = DrawnAreaReader.FromFile(file);
        var scorer = store.CustomAreaScorer(release);
        var answers = areas.Select(a => new CustomAreaAnswer(a, scorer.Score(a))).ToList();
        var text = format switch
        {
            "json" => Json(answers, store.IsDemo),
            "geojson" => ScoreCommand.GeoJson(answers.Where(a => a.Combined is not null).Select(a => a.Combined!.Score).ToList(),
                answers.ToDictionary(a => a.Area.Code, a => a.Area.Shape), "custom", (w, s) => JsonSerializer.Serialize(w, Properties(answers.First(a => a.Area.Code == s.Code)))),
            _ => Csv(answers, store.IsDemo),
        };
        CliRunner.Emit(output, text);
        foreach (var a in answers) Console.Error.WriteLine(Summary(a));
        return answers.Any(a => a.Combined is null) ? 1 : 0;
    }

    /// <summary>One line per area for the terminal.</summary>
    public static string Summary(CustomAreaAnswer a)
    {
        if (a.Combined is not { } c) return $"{a.Area.Name}: covers no scored buurt (outside the buurten of this division?)";
        var s = c.Score;
        return FormattableString.Invariant(
            $"{a.Area.Name}: afw {s.Afw:+0.0000;-0.0000}, class {s.Class} ({ScoreClass.EnglishLabel(s.Class)}), 90 % interval classes {s.ClassLow}–{s.ClassHigh}, ") + FormattableString.Invariant(
            $"from {c.Parts.Count} buurt(en) weighted by {(c.Weights == CombinationWeights.Inhabitants ? "covered inhabitants" : "covered area")}{CellNote(c)} ({s.Weight:N0} inhabitants covered)") +
            (a.Area.Repaired ? "; the polygon was self-intersecting and has been repaired" : "");
    }

    /// <summary>How many covered buurten had their residents located by 100 m cells, when any.</summary>
    private static string CellNote(CombinedArea c)
    {
        var withCells = c.Parts.Count(p => p.ResidentShare is not null);
        return withCells == 0 ? "" : $", residents located by 100 m cells in {withCells} of {c.Parts.Count}";
    }

    private static string Csv(List<CustomAreaAnswer> answers, bool demo)
    {
        var combined = answers.Where(a => a.Combined is not null).Select(a => a.Combined!).ToList();
        var byCode = combined.ToDictionary(c => c.Score.Code);
        return ScoreCsvWriter.Write(combined.Select(c => ScoreExport.Row(c.Score)), demoNotice: demo ? ExportNotices.Demo : null, extraColumns: ExtraColumns,
            extra: row =>
            {
                var c = byCode[row.Code];
                return [string.Join(' ', c.Parts.Select(p => p.Score.Code)), c.Weights == CombinationWeights.Inhabitants ? "inhabitants" : "area",
                    double.IsNaN(c.ShareWeak) ? null : Math.Round(c.ShareWeak, 4), Math.Round(c.Score.Weight, 1)];
            });
    }

    /// <summary>The JSON properties of one area: its score row, how it was combined and every buurt it covers.</summary>
    public static object Properties(CustomAreaAnswer a) => a.Combined is not { } c
        ? new { code = a.Area.Code, name = a.Area.Name, covered = false }
        : new
        {
            score = ScoreCommand.Row(c.Score), weights = c.Weights == CombinationWeights.Inhabitants ? "inhabitants" : "area",
            share_weak = double.IsNaN(c.ShareWeak) ? (double?)null : Math.Round(c.ShareWeak, 4), repaired = a.Area.Repaired,
            buurten = c.Parts.Select(p => new
            {
                code = p.Score.Code, name = p.Score.Name, gemeente_code = p.Score.Gemeente, share = Math.Round(p.Share, 6), residents_share = p.ResidentShare is { } r ? Math.Round(r, 6) : (double?)null,
                inhabitants = Math.Round(p.Score.Weight, 1), weight = Math.Round(p.Weight, 3), afw = Math.Round(p.Score.Afw, 6), @class = p.Score.Class,
            }),
        };

    private static string Json(List<CustomAreaAnswer> answers, bool demo) =>
        JsonSerializer.Serialize(new { demo, areas = answers.Select(Properties) }, new JsonSerializerOptions { WriteIndented = true }) + "\n";
}

using Leefbaar.Core.Areas;
using System.Globalization;
using Leefbaar.Data.Synth;
using Leefbaar.Geo.Points;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.Grid;

/// <summary>The amenity and event indexes of a grid run.</summary>
public sealed record GridIndexes(IReadOnlyList<(string Name, PointKdTree Tree)> Amenities, PointKdTree Events);

/// <summary>Scores of one aggregation level of a grid run, with the codes of its rows.</summary>
public sealed record LevelScores(string Level, string[] Codes, ScoreColumns Scores);

/// <summary>
/// The national 100 m grid run over a synthetic Netherlands as a chain of stages, each taking what it needs and
/// returning what it made (so the CLI can time each and nothing is half-built): load → bin → index → indicators →
/// point-in-polygon → release → score → aggregate → export. Scoring and aggregation use the model's one engine
/// (<see cref="ScoreColumns"/>), with the labelled <see cref="DemonstrationRelease"/>: synthetic data has no
/// official target to fit to.
/// </summary>
public static class GridRun
{
    /// <summary>Reads the Parquet files written by `leefbaar synth`.</summary>
    public static Task<SynthData> Load(string dataDir) => SynthData.Load(dataDir);

    /// <summary>Bins dwellings (weight: persons) into 100 m cells.</summary>
    public static CellGrid Bin(SynthData data) => CellGrid.Build(data.DwellingX, data.DwellingY, data.DwellingPersons);

    /// <summary>Builds the KD-trees of amenities per type and of events.</summary>
    public static GridIndexes Index(SynthData data)
    {
        var trees = new PointKdTree[AmenityTypes.Names.Length];
        Parallel.For(0, trees.Length, t => { var (x, y) = data.AmenitiesOfType(t); trees[t] = new PointKdTree(x, y); });
        return new GridIndexes(trees.Select((t, i) => (AmenityTypes.Names[i], t)).ToList(), new PointKdTree(data.EventX, data.EventY));
    }

    /// <summary>Computes every cell indicator.</summary>
    public static IndicatorTable Indicators(CellGrid grid, GridIndexes indexes, IProgress<string>? progress = null) =>
        GridIndicators.Compute(grid, indexes.Amenities.ToList(), indexes.Events, progress);

    /// <summary>Assigns every dwelling to the buurt polygon containing it (−1 = none).</summary>
    public static int[] AssignPolygons(SynthData data, CellGrid grid) =>
        PolygonAssigner.Assign(data.DwellingX, data.DwellingY, grid, PolygonSet.From(data.BuurtPolygon));

    /// <summary>The demonstration release: references and scales from the indicator medians and IQRs.</summary>
    public static ModelRelease Release(IndicatorTable indicators) => DemonstrationRelease.Build((name, log) => MedianIqr(indicators[name], log));

    /// <summary>Scores and classifies every cell (weight: the cell's inhabitants when the table has them).</summary>
    public static ScoreColumns Score(ModelRelease release, IndicatorTable indicators, int cellCount)
    {
        var columns = release.Terms.Select(t => indicators.Names.Contains(t.Spec.Indicator) ? Widen(indicators[t.Spec.Indicator]) : null).ToArray();
        var weight = indicators.Names.Contains("inhabitants") ? Widen(indicators["inhabitants"]) : Enumerable.Repeat(1.0, cellCount).ToArray();
        return ScoreColumns.Score(release, columns, weight);
    }

    /// <summary>Aggregates cell scores to buurten through the dwellings (weight: persons), then to wijken and gemeenten.</summary>
    public static List<LevelScores> Aggregate(ModelRelease release, ScoreColumns cells, SynthData data, CellGrid grid, int[] dwellingPolygon)
    {
        var persons = data.DwellingPersons;
        var buurt = cells.Aggregate(release, dwellingPolygon.Length, i => grid.CellOfPoint[i], i => persons[i], i => dwellingPolygon[i], data.BuurtCode.Length);
        var levels = new List<LevelScores> { new(LevelName.Buurt, data.BuurtCode, buurt) };
        foreach (var (level, parent) in new[] { (LevelName.Wijk, data.BuurtWijk), (LevelName.Gemeente, data.BuurtGemeente) })
        {
            var codes = parent.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var index = codes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);
            var groupOf = parent.Select(p => index[p]).ToArray();
            levels.Add(new(level, codes, buurt.Aggregate(release, buurt.Count, i => i, i => buurt.Weight[i], i => groupOf[i], codes.Length)));
        }
        return levels;
    }

    /// <summary>Writes cells.csv (indicators and scores per populated cell), one CSV per aggregation level, and release.json.</summary>
    public static void Export(string outDir, CellGrid grid, IndicatorTable indicators, ScoreColumns cells, IReadOnlyList<LevelScores> levels, ModelRelease release)
    {
        Directory.CreateDirectory(outDir);
        using (var w = new StreamWriter(Path.Combine(outDir, "cells.csv")))
        {
            w.WriteLine("cell,x,y," + string.Join(',', indicators.Names) + ",won,vrz,onv,afw,class,release");
            var line = new System.Text.StringBuilder(512);
            for (var c = 0; c < grid.CellCount; c++)
            {
                line.Clear();
                double x0 = grid.CentreX(c) - 50, y0 = grid.CentreY(c) - 50;
                line.Append('E').Append((int)(x0 / 100)).Append('N').Append((int)(y0 / 100)).Append(',').Append(x0 + 50).Append(',').Append(y0 + 50);
                foreach (var col in indicators.Columns) line.Append(',').Append(col[c].ToString("0.###", CultureInfo.InvariantCulture));
                foreach (var d in new[] { 0, 2, 4 }) line.Append(',').Append(F(cells.Dims[d][c]));
                line.Append(',').Append(F(cells.Afw[c])).Append(',').Append(cells.Class[c]).Append(',').Append(release.Id);
                w.WriteLine(line);
            }
        }
        foreach (var (level, codes, s) in levels)
        {
            using var w = new StreamWriter(Path.Combine(outDir, $"{level}.csv"));
            w.WriteLine("code,inhabitants,won,fys,vrz,soc,onv,afw,class,release");
            for (var i = 0; i < codes.Length; i++)
            {
                if (double.IsNaN(s.Afw[i])) continue;
                w.Write(codes[i]); w.Write(',');
                w.Write(s.Weight[i].ToString("0", CultureInfo.InvariantCulture));
                for (var d = 0; d < 5; d++) { w.Write(','); w.Write(F(s.Dims[d][i])); }
                w.Write(','); w.Write(F(s.Afw[i])); w.Write(','); w.Write(s.Class[i]); w.Write(','); w.WriteLine(release.Id);
            }
        }
        File.WriteAllText(Path.Combine(outDir, "release.json"), ReleaseJson.Serialize(release));
    }

    private static string F(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);

    private static double[] Widen(float[] column) => column.Select(v => float.IsFinite(v) ? v : double.NaN).ToArray();

    /// <summary>Median and interquartile range of the (transformed) finite values of a column.</summary>
    private static (double, double) MedianIqr(float[] column, bool log)
    {
        var v = column.Where(float.IsFinite).Select(x => log ? Math.Log(1 + Math.Max(0, (double)x)) : x).ToArray();
        if (v.Length == 0) return (0, 1);
        Array.Sort(v);
        return (v[v.Length / 2], v[3 * v.Length / 4] - v[v.Length / 4]);
    }
}

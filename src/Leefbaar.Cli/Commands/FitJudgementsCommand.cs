using Leefbaar.App.Judgements;
using System.CommandLine;
using System.Globalization;
using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using Leefbaar.App.Workspaces;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Estimation;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>
/// `leefbaar fit-judgements --judgements FILE [--store F] [--out F] [--group wijk] [--inputs a,b] [--combine-with RELEASE --share 0.5]`:
/// fits the oordelenmodel to a survey (area,mean_judgement,n per buurt), prints its strongest terms, and writes a
/// release on the afw scale of the target (alone, or combined with another release by <see cref="WeightCombiner"/>).
/// </summary>
public static class FitJudgementsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var judgements = new Option<string>("--judgements") { Description = "CSV with columns area,mean_judgement,n (buurt codes of CBS division 2024).", Required = true };
        var store = CommonOptions.Store();
        var output = new Option<string?>("--out") { Description = "Release file to write (default: standard output; the table then goes to standard error)." };
        var group = new Option<string>("--group") { Description = "Areas held out together when choosing the penalty: wijk, gemeente or provincie.", DefaultValueFactory = _ => LevelName.Wijk };
        group.AcceptOnlyFromAmong(EstimationGroups.Levels);
        var inputs = new Option<string?>("--inputs") { Description = "Comma-separated catalogue inputs to use (default: every environment input)." };
        var combineWith = new Option<string?>("--combine-with") { Description = "A release file (e.g. from `leefbaar fit`) to combine the judgement weights with." };
        var share = new Option<double?>("--share") { Description = "Share of the judgement model in the combination, 0–1 (default 0.5 with --combine-with, else 1)." };
        var target = new Option<string>("--target") { Description = "Official release whose constant, classes, afw spread and dimension means the release takes.", DefaultValueFactory = _ => "lbm3-2024" };
        var spread = new Option<double?>("--spread") { Description = "afw spread (standard deviation over buurten) to scale to, instead of the official one from the store." };
        var variantOption = new Option<string>("--variant")
        {
            Description = "default: environment inputs only; user: also the store's own indicators ('indicators add'), giving a user release that never replaces the default.",
            DefaultValueFactory = _ => "default",
        };
        variantOption.AcceptOnlyFromAmong("default", ReleaseChecks.UserVariant);
        var cmd = new Command("fit-judgements", "Fit the judgement model (oordelenmodel) to a resident survey and write a release, optionally combined with another release.")
            { judgements, store, output, group, inputs, combineWith, share, target, spread, variantOption };
        cmd.SetAction(parse =>
        {
            var variant = parse.GetValue(variantOption)!;
            var rows = JudgementCsv.Read(parse.GetValue(judgements)!);
            if (rows.FirstOrDefault(r => AreaCode.Parse(r.Area).Level != AreaLevel.Buurt) is { } other)
                throw new ArgumentException($"fit-judgements works on buurten; '{other.Area}' is a {AreaCode.Parse(other.Area).Level.Name()} code.");
            var t = TargetRelease.Get(parse.GetValue(target)!);
            var sharePart = parse.GetValue(share) ?? (parse.GetValue(combineWith) is null ? 1 : 0.5);
            if (sharePart is < 0 or > 1) throw new ArgumentException("--share must lie between 0 and 1.");
            var inputList = parse.GetValue(inputs)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            using var s = Workspace.Open(parse.GetValue(store)!, readOnly: true);
            var catalogue = variant == ReleaseChecks.UserVariant ? s.CatalogueWithUserIndicators() : IndicatorCatalogue.Default;
            if (variant == ReleaseChecks.UserVariant && catalogue.All.All(d => d.Role != IndicatorRole.User))
                throw new ArgumentException("--variant user uses the store's own indicators, and it holds none: add them first with './leefbaar indicators add --values F.csv --catalogue F.json'.");
            var table = s.Features(catalogue, LevelName.Buurt, JudgementScale.Year, JudgementScale.Year);
            var weights = new JudgementEstimator(catalogue, rows, groupLevel: parse.GetValue(group)!, inputs: inputList, variant: variant).Estimate(table);

            var outFile = parse.GetValue(output);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(outFile is null ? Console.Error : Console.Out) });
            if (Console.IsOutputRedirected || outFile is null) console.Profile.Width = 160;
            WriteSummary(console, weights, table, rows);

            var parts = new List<CombinationPart> { new(weights, sharePart) };
            if (parse.GetValue(combineWith) is { } releaseFile)
                parts.Add(new CombinationPart(EstimatedWeights.FromRelease(ReleaseJson.Load(releaseFile, catalogue)), 1 - sharePart));
            var release = new WeightCombiner(catalogue).Combine(parts, table, JudgementScale.Options(s, t, parse.GetValue(spread)) with { Variant = variant });
            console.MarkupLine($"release [bold]{Markup.Escape(release.Id)}[/]: {Markup.Escape(release.Estimator)}");
            CliRunner.Emit(outFile, ReleaseJson.Serialize(release));
            return 0;
        });
        return cmd;
    }

    /// <summary>Fit metrics and the 15 terms whose contributions vary most over the judged buurten.</summary>
    private static void WriteSummary(IAnsiConsole console, EstimatedWeights weights, FeatureTable table, IReadOnlyList<Judgement> judgements)
    {
        string F(double v, string f) => v.ToString(f, CultureInfo.InvariantCulture);
        var m = weights.Metrics;
        console.MarkupLine($"judgement model: {m["n"]:0} buurten ({m["unmatched"]:0} not in the store), {m["respondents"]:N0} respondents, {m["groups"]:0} groups; " +
            $"λ {F(weights.Lambda.Values.First(), "0.####")}; held-out R² {F(m["oog.r2"], "0.000")}, RMSE {F(m["oog.rmse"], "0.000")}, Spearman ρ {F(m["oog.spearman"], "0.000")}");
        var index = table.IndexByCode();
        var judged = judgements.Where(j => index.ContainsKey(j.Area)).Select(j => index[j.Area]).ToArray();
        var spread = weights.Terms.Select(t =>
        {
            var column = table.Column(t.Spec.Indicator)!;
            var c = judged.Select(r => weights.Contribution(t.Spec.Indicator, column[r])).ToArray();
            var mean = c.Average();
            return (Term: t, Sd: Math.Sqrt(c.Sum(v => (v - mean) * (v - mean)) / c.Length));
        }).OrderByDescending(x => x.Sd).ThenBy(x => x.Term.Spec.Indicator, StringComparer.Ordinal).Take(15);
        var grid = new Table().Title("Strongest terms (judgement points)").AddColumns("indicator", "dimension", "reference", "slope at reference", "sd of contribution");
        foreach (var (term, sd) in spread)
            grid.AddRow(term.Spec.Indicator, term.Dimension ?? "", F(term.Spec.Reference, "0.###"), F(term.SlopeAtReference, "0.00000"), F(sd, "0.0000"));
        console.Write(grid);
    }
}

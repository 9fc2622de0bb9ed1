using Leefbaar.Core.Areas;
using System.CommandLine;
using Leefbaar.App.Releases;
using Leefbaar.App.Workspaces;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Estimation;
using Leefbaar.Model.Releases;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar fit [--target lbm3-2024] [--variant default|nowcast|user] [--out models/ID.json]`: fits, validates, publishes a release.</summary>
public static class FitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var target = new Option<string>("--target") { Description = "Official release to calibrate to.", DefaultValueFactory = _ => "lbm3-2024" };
        var variantOption = new Option<string>("--variant") { Description = "default: environment inputs only; nowcast: also WOZ and income (closest match, not explanatory); user: also the store's own indicators ('indicators add'), a release that never replaces the default.", DefaultValueFactory = _ => "default" };
        variantOption.AcceptOnlyFromAmong("default", "nowcast", ReleaseChecks.UserVariant);
        var scope = new Option<string>("--scope") { Description = "all: each dimension may use every input; dimension: only its own.", DefaultValueFactory = _ => "all" };
        scope.AcceptOnlyFromAmong("all", "dimension");
        var store = CommonOptions.Store();
        var output = new Option<string?>("--out") { Description = "Release file to write (default models/<id>.json, plus <id>.md model card)." };
        var noScore = new Option<bool>("--no-score") { Description = "Only fit and report; do not write scores to the store." };
        var lambda = new Option<double[]?>("--lambda") { Description = "Ridge penalties to try (default: a grid chosen by leave-one-province-out).", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string?>("--exclude") { Description = "Comma-separated indicator codes to leave out of this fit (e.g. to measure what one indicator adds)." };
        var featuresOut = new Option<string?>("--features-out") { Description = "Write the buurt feature table (every catalogue input, raw values) to this CSV, e.g. to try other learners." };
        var cvOut = new Option<string?>("--cv-out") { Description = "Write the out-of-province predictions (code, province, official and predicted per dimension) to this CSV." };
        var cmd = new Command("fit", "Fit a model release to an official release, print the leave-one-province-out validation table, write the release and its model card, and score all areas.")
            { target, variantOption, scope, store, output, noScore, cvOut, featuresOut, exclude, lambda };
        cmd.SetAction(parse =>
        {
            var excluded = (parse.GetValue(exclude) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            var t = TargetRelease.Get(parse.GetValue(target)!);
            using var s = Workspace.Open(parse.GetValue(store)!);
            var variant = parse.GetValue(variantOption)!;
            var full = variant == ReleaseChecks.UserVariant ? s.CatalogueWithUserIndicators() : IndicatorCatalogue.Default;
            if (variant == ReleaseChecks.UserVariant && full.All.All(d => d.Role != IndicatorRole.User))
                throw new ArgumentException("--variant user fits with the store's own indicators, and it holds none: add them first with './leefbaar indicators add --values F.csv --catalogue F.json'.");
            var catalogue = excluded.Count == 0 ? full
                : IndicatorCatalogue.From(full.All.Where(d => !excluded.Contains(d.Code) || d.Derived is null && d.Role != IndicatorRole.Input)
                    .Select(d => excluded.Contains(d.Code) ? d with { Role = IndicatorRole.Weight } : d));
            var started = System.Diagnostics.Stopwatch.StartNew();
            var request = new FitRequest(t, variant)
            {
                Catalogue = catalogue,
                Options = new AdditiveFitOptions { Scope = parse.GetValue(scope)!, LambdaGrid = parse.GetValue(lambda) is { Length: > 0 } grid ? grid : new AdditiveFitOptions().LambdaGrid },
            };
            var table = s.Features(catalogue, LevelName.Buurt, request.Division, request.Year);
            if (parse.GetValue(featuresOut) is { } featuresFile) FeatureCsv.Write(featuresFile, table);
            var fitted = s.Fit(request, table);
            var (release, official, result) = (fitted.Release, fitted.Official, fitted.Calibration);
            ValidationTable.Write(release);
            ValidationTable.WriteLowEnd(Leefbaar.Model.Validation.LowEnd.Compare(result.Validation, release.ClassBoundaries.ToArray()), result.Validation.OfficialClass);
            ValidationTable.WriteCalibration(release);
            var reproduction = Leefbaar.Model.Validation.OfficialChecks.Classes(official, release);
            Console.Out.WriteLine($"Official class reproduction: our classifier gives the official kscore from the official afw for {reproduction.Agree:N0} of {reproduction.Records:N0} buurten; " +
                $"the {reproduction.Disagreements.Count} others lie within {(reproduction.Disagreements.Count == 0 ? 0 : reproduction.Disagreements.Max(d => d.DistanceToBoundary)):0.00000} of a class boundary.");
            var utrecht = Leefbaar.Model.Validation.OfficialChecks.OutOfYear(s.OfficialScores("lbm3-2020", LevelName.Buurt, 2020), result.Release, result.Validation, "lbm3-2020", 2020);
            if (utrecht.Areas > 0)
                Console.Out.WriteLine($"Out-of-year check against {utrecht.Release} ({utrecht.Year}, {utrecht.Areas} Utrecht buurten with identical codes, predicted with Utrecht held out): Spearman " +
                    string.Join(", ", utrecht.Spearman.Select(kv => $"{kv.Key} {kv.Value:0.000}")) + " (afw compared with the official lbm).");
            if (parse.GetValue(cvOut) is { } cvFile) CrossValidationCsv.Write(cvFile, result.Validation);
            var file = parse.GetValue(output) ?? Path.Combine("models", release.Id + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllText(file, ReleaseJson.Serialize(release));
            var card = fitted.ModelCard;
            File.WriteAllText(Path.ChangeExtension(file, ".md"), card);
            Console.Error.WriteLine($"release {release.Id} → {file} (+ model card) in {started.Elapsed.TotalSeconds:0.0} s");
            if (!parse.GetValue(noScore))
            {
                var n = s.Publish(fitted);
                Console.Error.WriteLine($"scored {n:N0} areas with {release.Id}");
            }
            return 0;
        });
        return cmd;
    }
}

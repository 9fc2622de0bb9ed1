using Leefbaar.Core.Areas;
using System.CommandLine;
using Leefbaar.Analysis;

namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>The options of the analyze subcommands; each subcommand adds the ones it uses and reads them into an <see cref="AnalysisRequest"/>.</summary>
public sealed class AnalyzeOptions
{
    public Option<string> Store { get; } = CommonOptions.Store();
    public Option<string?> Out { get; } = CommonOptions.Out();
    public Option<string> Format { get; } = CommonOptions.Format("table", "csv", "json");
    public Option<string> Level { get; } = new("--level") { Description = "Area level: buurt, wijk, gemeente or pc4.", DefaultValueFactory = _ => LevelName.Gemeente };
    public Option<int?> Year { get; } = new("--year") { Description = "Measurement year (default: the release's latest)." };
    public Option<string?> Release { get; } = new("--release") { Description = "Score release: an official id (lbm3-2024, lbm3-2022, lbm3-2020, lbm2) or a model release id. Default: the newest official release at the level and year." };
    public Option<int?> From { get; } = new("--from") { Description = "Start year." };
    public Option<int?> To { get; } = new("--to") { Description = "End year." };
    public Option<string?> Measure { get; } = new("--measure") { Description = "afw, lbm, won, fys, vrz, soc, onv, class or indicator:NAME." };
    public Option<string> Weights { get; } = new("--weights") { Description = "Spatial weights: queen, rook, knn or distance (row-standardised).", DefaultValueFactory = _ => "queen" };
    public Option<int> K { get; } = new("--k") { Description = "Neighbours for knn weights.", DefaultValueFactory = _ => 6 };
    public Option<double> Band { get; } = new("--band") { Description = "Distance band in metres (RD New).", DefaultValueFactory = _ => 5000 };
    public Option<int> Permutations { get; } = new("--permutations") { Description = "Permutations for pseudo p-values.", DefaultValueFactory = _ => 999 };
    public Option<double> Alpha { get; } = new("--alpha") { Description = "False-discovery rate for local clusters.", DefaultValueFactory = _ => 0.05 };
    public Option<string?> Grouping { get; } = new("--grouping") { Description = "group (G4/G40/M50/rest), provincie, stedelijkheid or gemeente." };
    public Option<int> HardCore { get; } = new("--hard-core") { Description = "Consecutive weak measurements that make the harde kern.", DefaultValueFactory = _ => 3 };
    public Option<double> Delta { get; } = new("--delta") { Description = "Decline in afw within one period that counts as an event.", DefaultValueFactory = _ => 0.03 };
    public Option<string> Event { get; } = new Option<string>("--event") { Description = "Early-warning event: fall (voldoende or better falls to zwak or lower; the official definition) or decline (afw falls by --delta).", DefaultValueFactory = _ => "fall" }.AcceptOnlyFromAmong("fall", "decline");
    public Option<bool> Unweighted { get; } = new("--unweighted") { Description = "Count areas instead of weighting by residents." };

    /// <summary>A subcommand with the common options plus <paramref name="extra"/>.</summary>
    public Command Command(string name, params Option[] extra)
    {
        var cmd = new Command(name, AnalysisCatalog.Describe(name)) { Store, Out, Format, Level, Year, Release };
        foreach (var o in extra) cmd.Options.Add(o);
        return cmd;
    }

    /// <summary>The request from parsed values (options not added to the command keep their defaults).</summary>
    public AnalysisRequest Request(ParseResult p, string defaultLevel) => new()
    {
        Level = p.GetResult(Level) is { Implicit: false } ? p.GetValue(Level)! : defaultLevel,
        Year = p.GetValue(Year),
        Release = p.GetValue(Release),
        From = p.GetValue(From),
        To = p.GetValue(To),
        Measure = p.GetValue(Measure),
        Weights = p.GetValue(Weights) ?? "queen",
        K = p.GetResult(K) is null ? 6 : p.GetValue(K),
        Band = p.GetResult(Band) is null ? 5000 : p.GetValue(Band),
        Permutations = p.GetResult(Permutations) is null ? 999 : p.GetValue(Permutations),
        Alpha = p.GetResult(Alpha) is null ? 0.05 : p.GetValue(Alpha),
        Grouping = p.GetValue(Grouping),
        HardCore = p.GetResult(HardCore) is null ? 3 : p.GetValue(HardCore),
        Delta = p.GetResult(Delta) is null ? 0.03 : p.GetValue(Delta),
        WarningEvent = p.GetResult(Event) is null ? "fall" : p.GetValue(Event)!,
        Weighted = !p.GetValue(Unweighted),
    };
}

using Leefbaar.Core.Areas;
namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze inequality`: Gini, Theil with between/within split, sigma-convergence.</summary>
public static class InequalityCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static System.CommandLine.Command Build()
    {
        var o = new AnalyzeOptions();
        var cmd = o.Command("inequality", o.Measure, o.Grouping, o.Unweighted);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "inequality", LevelName.Gemeente));
        return cmd;
    }
}

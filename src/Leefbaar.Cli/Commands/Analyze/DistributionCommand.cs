using Leefbaar.Core.Areas;
namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze distribution`: residents per class nationally and per group, province, stedelijkheid and gemeente; harde kern; risers and fallers.</summary>
public static class DistributionCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static System.CommandLine.Command Build()
    {
        var o = new AnalyzeOptions();
        var cmd = o.Command("distribution", o.Grouping, o.HardCore);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "distribution", LevelName.Buurt));
        return cmd;
    }
}

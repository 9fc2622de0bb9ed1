using Leefbaar.Core.Areas;
namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze trends`: changes between two years of one release, per dimension, in nine development classes.</summary>
public static class TrendsCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static System.CommandLine.Command Build()
    {
        var o = new AnalyzeOptions();
        var cmd = o.Command("trends", o.From, o.To);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "trends", LevelName.Gemeente));
        return cmd;
    }
}

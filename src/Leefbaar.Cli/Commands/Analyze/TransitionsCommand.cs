using Leefbaar.Core.Areas;
namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze transitions`: Markov and spatial Markov class-transition matrices.</summary>
public static class TransitionsCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static System.CommandLine.Command Build()
    {
        var o = new AnalyzeOptions();
        var cmd = o.Command("transitions", o.From, o.To, o.Weights, o.K, o.Band);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "transitions", LevelName.Gemeente));
        return cmd;
    }
}

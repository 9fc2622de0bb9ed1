using Leefbaar.Core.Areas;
namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze early-warning`: early-warning probabilities, backtest and flags.</summary>
public static class EarlyWarningCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static System.CommandLine.Command Build()
    {
        var o = new AnalyzeOptions();
        var cmd = o.Command("early-warning", o.Delta, o.Event);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "early-warning", LevelName.Pc4));
        return cmd;
    }
}

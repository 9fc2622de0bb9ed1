using Leefbaar.Core.Areas;
namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze moran`: global Moran's I with normality, randomisation and permutation inference.</summary>
public static class MoranCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static System.CommandLine.Command Build()
    {
        var o = new AnalyzeOptions();
        var cmd = o.Command("moran", o.Measure, o.Weights, o.K, o.Band, o.Permutations);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "moran", LevelName.Gemeente));
        return cmd;
    }
}

using Leefbaar.Core.Areas;
namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze lisa`: local Moran clusters (HH/LL/HL/LH, FDR) and Getis-Ord Gi* hot spots.</summary>
public static class LisaCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static System.CommandLine.Command Build()
    {
        var o = new AnalyzeOptions();
        var cmd = o.Command("lisa", o.Measure, o.Weights, o.K, o.Band, o.Permutations, o.Alpha);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "lisa", LevelName.Gemeente));
        return cmd;
    }
}

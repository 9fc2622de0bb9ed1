using Leefbaar.Core.Areas;
using System.CommandLine;

namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze groups --indicator population [--from 2012 --to 2024] [--grouping g4-g40-m50|stedelijkheid|provincie]`.</summary>
public static class GroupsCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Build()
    {
        var o = new AnalyzeOptions();
        var indicator = new Option<string>("--indicator") { Description = "Indicator code (summed over the members) or A/B (ratio of sums), e.g. population or dwellings/households.", Required = true };
        var grouping = new Option<string>("--grouping") { Description = "g4-g40-m50, stedelijkheid or provincie.", DefaultValueFactory = _ => "g4-g40-m50" };
        grouping.AcceptOnlyFromAmong("g4-g40-m50", "stedelijkheid", LevelName.Provincie);
        var cmd = o.Command("groups", o.From, o.To, indicator, grouping);
        cmd.SetAction(p => AnalysisOutput.Run(o, p, "groups", LevelName.Gemeente,
            r => r with { Indicator = p.GetValue(indicator), Grouping = p.GetValue(grouping) }));
        return cmd;
    }
}

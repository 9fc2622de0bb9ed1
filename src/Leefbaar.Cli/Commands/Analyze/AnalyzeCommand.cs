using System.CommandLine;

namespace Leefbaar.Cli.Commands.Analyze;

/// <summary>`leefbaar analyze …`: trends, distribution facts, transitions, spatial statistics, inequality and early warning.</summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command with its subcommands.</summary>
    public static Command Build()
    {
        var cmd = new Command("analyze", "Statistics on one score release: trends, distribution, transitions, moran, lisa, inequality, early-warning, groups.");
        cmd.Subcommands.Add(TrendsCommand.Build());
        cmd.Subcommands.Add(DistributionCommand.Build());
        cmd.Subcommands.Add(TransitionsCommand.Build());
        cmd.Subcommands.Add(MoranCommand.Build());
        cmd.Subcommands.Add(LisaCommand.Build());
        cmd.Subcommands.Add(InequalityCommand.Build());
        cmd.Subcommands.Add(EarlyWarningCommand.Build());
        cmd.Subcommands.Add(GroupsCommand.Build());
        return cmd;
    }
}

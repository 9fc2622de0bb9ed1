using System.CommandLine;

namespace Leefbaar.Cli.Commands;

/// <summary>The list of top-level commands, in help order.</summary>
public static class CommandCatalog
{
    /// <summary>Builds every command.</summary>
    public static IEnumerable<Command> All()
    {
        yield return ImportCommand.Build();
        yield return InfoCommand.Build();
        yield return AreasCommand.Build();
        yield return DemoCommand.Build();
        yield return ServeCommand.Build();
        yield return FitCommand.Build();
        yield return ScoreCommand.Build();
        yield return ExplainCommand.Build();
        yield return WhatIfCommand.Build();
        yield return SetsCommand.Build();
        yield return IndicatorsCommand.Build();
        yield return Analyze.AnalyzeCommand.Build();
        yield return ReportCommand.Build();
        foreach (var extra in Extra) yield return extra();
    }

    /// <summary>Commands contributed by other files (fit, score, serve, fetch, …), registered by their static constructors via <see cref="Register"/>.</summary>
    private static readonly List<Func<Command>> Extra = [];

    /// <summary>Adds a command factory.</summary>
    public static void Register(Func<Command> factory) => Extra.Add(factory);
}

using System.Runtime.CompilerServices;

namespace Leefbaar.Cli.Commands;

/// <summary>Adds the fit-judgements command to <see cref="CommandCatalog"/> when the CLI assembly loads.</summary>
internal static class EstimatorCommandRegistration
{
    /// <summary>Runs once, before Main builds the root command.</summary>
    [ModuleInitializer]
    internal static void Register() => CommandCatalog.Register(FitJudgementsCommand.Build);
}

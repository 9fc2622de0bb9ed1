using System.Runtime.CompilerServices;

namespace Leefbaar.Cli.Commands;

/// <summary>Adds the synth and grid commands to <see cref="CommandCatalog"/> when the CLI assembly loads.</summary>
internal static class GridCommandRegistration
{
    /// <summary>Runs once, before Main builds the root command.</summary>
    [ModuleInitializer]
    internal static void Register()
    {
        CommandCatalog.Register(SynthCommand.Build);
        CommandCatalog.Register(GridCommand.Build);
    }
}

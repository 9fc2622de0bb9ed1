using System.CommandLine;
using Leefbaar.App.Demo;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar demo [--store FILE] [--seed N]`: writes the synthetic demo dataset, clearly labelled as such.</summary>
public static class DemoCommand
{
    /// <summary>Default store of the demo dataset, kept apart from real imports.</summary>
    public const string DefaultDemoStore = ".leefbaar/demo.duckdb";

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var store = new Option<string>("--store") { Description = $"Store file to write. Default: {DefaultDemoStore}", DefaultValueFactory = _ => DefaultDemoStore };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same data).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("demo", "Generate a SYNTHETIC demo dataset (four invented gemeenten) so Leefbaar runs without real data.") { store, seed };
        cmd.SetAction(parse =>
        {
            var path = DemoStore.Write(parse.GetValue(store)!, parse.GetValue(seed));
            Console.Error.WriteLine($"SYNTHETIC demo dataset written to {path} (not real measurements).");
            return 0;
        });
        return cmd;
    }
}

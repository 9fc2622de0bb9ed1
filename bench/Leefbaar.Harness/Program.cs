using System.CommandLine;
using Leefbaar.Cli.Commands;
using Leefbaar.Harness;

// The benchmark harness, apart from the shipped CLI: `bench/run peers|kernels|api|scoring …`.
var root = new RootCommand("Leefbaar benchmarks: kernels against peer tools, API load, scoring against a naive baseline.");
foreach (var command in BenchCommand.Build().Subcommands) root.Subcommands.Add(command);
return await CliRunner.RunAsync(root, args);

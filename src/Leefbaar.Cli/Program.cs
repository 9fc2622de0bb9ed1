using System.CommandLine;
using Leefbaar.Cli.Commands;

// Thin entry point: each command lives in its own file under Commands/ and only parses, calls a layer and prints.
var root = new RootCommand("Leefbaar — an open, explainable livability monitor for every neighbourhood of the Netherlands.");
foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
return await CliRunner.RunAsync(root, args);

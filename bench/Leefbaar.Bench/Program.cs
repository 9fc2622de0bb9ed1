using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Leefbaar.Bench -- --filter '*'` runs every micro-benchmark;
// `-- compare --data SYNTHDIR` times old against new kernels on a synthetic folder.
if (args.Length > 0 && args[0] == "compare") return await Leefbaar.Bench.RealData.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Leefbaar.Bench.KernelBenchmarks).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Leefbaar.Bench -- --filter '*'` runs every micro-benchmark.
BenchmarkSwitcher.FromAssembly(typeof(Leefbaar.Bench.KernelBenchmarks).Assembly).Run(args);

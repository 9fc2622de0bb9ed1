using System.Runtime.CompilerServices;

// The kernel tests and the micro-benchmarks reach the internal passes (binning phases, tile kernels) directly.
[assembly: InternalsVisibleTo("Leefbaar.Geo.Tests")]
[assembly: InternalsVisibleTo("Leefbaar.Bench")]

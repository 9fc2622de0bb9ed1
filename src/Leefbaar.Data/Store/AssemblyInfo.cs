using System.Runtime.CompilerServices;

// Raw SQL (Query, Scalar, Execute) stays inside the store; test projects may use it to arrange and check rows.
[assembly: InternalsVisibleTo("Leefbaar.Data.Tests")]
[assembly: InternalsVisibleTo("Leefbaar.App.Tests")]
[assembly: InternalsVisibleTo("Leefbaar.Analysis.Tests")]
[assembly: InternalsVisibleTo("Leefbaar.Api.Tests")]
[assembly: InternalsVisibleTo("Leefbaar.TestSupport")]
[assembly: InternalsVisibleTo("Leefbaar.Cli.Tests")]

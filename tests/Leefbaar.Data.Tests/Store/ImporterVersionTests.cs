using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Store;

/// <summary>A changed importer must re-read unchanged files: its version is part of the dataset hash.</summary>
public sealed class ImporterVersionTests
{
    private sealed class CountingImporter(int version) : IImporter
    {
        public string Format => "test-lines";
        public int Version => version;

        public void Read(string path, ManifestEntry entry, ImportBatch batch)
        {
            foreach (var line in File.ReadAllLines(path))
                batch.Observe(AreaCode.Parse(line), 2024, 2024, "population", version * 10, "test");
        }
    }

    [Fact]
    public void Bumping_the_importer_version_reimports_unchanged_files_once()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("codes.txt"), "BU03070100\nBU03070101\n");
        var entry = new ManifestEntry { Id = "codes", Path = "codes.txt", Format = "test-lines" };
        using var store = LeefbaarStore.Open(dir.File("store.duckdb"));
        ImportOutcome Run(int version)
        {
            var registry = new ImporterRegistry();
            registry.Add(new CountingImporter(version));
            return new ImportService(store, registry).ImportOne(dir.Path, entry).Outcome;
        }

        Assert.Equal(ImportOutcome.Imported, Run(1));
        Assert.Equal(ImportOutcome.Unchanged, Run(1));
        Assert.Equal(ImportOutcome.Imported, Run(2));
        Assert.Equal(ImportOutcome.Unchanged, Run(2));
        Assert.Equal(40, store.Scalar<double>("SELECT sum(value) FROM observations WHERE dataset = 'codes'"));
    }
}

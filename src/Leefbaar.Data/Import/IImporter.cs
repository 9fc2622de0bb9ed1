using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Import;

/// <summary>
/// Maps one source format to the canonical model. An importer only reads: it never touches the store, and throws
/// <see cref="ImportException"/> on the first bad value so that nothing partial is written.
/// </summary>
public interface IImporter
{
    /// <summary>The manifest format name this importer handles, e.g. "statline-csv".</summary>
    string Format { get; }

    /// <summary>
    /// Behaviour version: part of the dataset hash, so bumping it when what the importer writes changes makes the next
    /// import re-read files that did not change.
    /// </summary>
    int Version => 1;

    /// <summary>Reads one file (or folder) described by <paramref name="entry"/> into <paramref name="batch"/>.</summary>
    void Read(string path, ManifestEntry entry, ImportBatch batch);
}

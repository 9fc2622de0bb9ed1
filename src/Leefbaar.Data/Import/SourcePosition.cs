namespace Leefbaar.Data.Import;

/// <summary>Where a row of a batch came from: the file and its 1-based line or 0-based feature index, so a later check can name the place.</summary>
public readonly record struct SourcePosition(string File, long? Line, long? Feature);

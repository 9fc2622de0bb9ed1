using Leefbaar.Core.Errors;

namespace Leefbaar.Model.Releases;

/// <summary>A model release refused on load or before scoring: a term that is not an allowed input, or content that no longer matches its id.</summary>
public sealed class ReleaseRejectedException(string message) : InvalidInputException(message);

namespace Leefbaar.Model.Catalogue;

/// <summary>What an indicator may be used for in a model.</summary>
public enum IndicatorRole
{
    /// <summary>An environment characteristic: may enter the default release.</summary>
    Input,
    /// <summary>An outcome or price (WOZ, income, survey health): a target or a nowcast input, never a default input.</summary>
    Outcome,
    /// <summary>A weight or denominator (inhabitants, dwellings, households): used for shares and aggregation.</summary>
    Weight,
    /// <summary>An identifier or lookup key (main PC4): never a numeric input.</summary>
    Key,
    /// <summary>Migration background, ethnicity or nationality: can never enter any model.</summary>
    Prohibited,
    /// <summary>A gemeente's own indicator (imported by `indicators add`): shown with its source; only a release of variant "user" may use it.</summary>
    User,
}

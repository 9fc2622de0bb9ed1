namespace Leefbaar.Data.Store;

/// <summary>
/// The DuckDB schema of a Leefbaar store. Bump <see cref="Version"/> with every change; an older store is refused
/// with a message to re-import rather than silently misread. No primary keys: DuckDB checks them eagerly, which
/// breaks delete-then-insert of the same keys in one transaction, so uniqueness is checked by the importers.
/// </summary>
public static class StoreSchema
{
    /// <summary>Current schema version.</summary>
    public const int Version = 1;

    /// <summary>DDL, run once on a new store.</summary>
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR);
        CREATE TABLE IF NOT EXISTS datasets (
            id VARCHAR, format VARCHAR, files VARCHAR, hash VARCHAR, imported_at TIMESTAMP,
            areas BIGINT, observations BIGINT, scores BIGINT, geometries BIGINT);
        CREATE TABLE IF NOT EXISTS areas (
            code VARCHAR, level VARCHAR, division_year INTEGER, name VARCHAR,
            wijk VARCHAR, gemeente VARCHAR, provincie VARCHAR, dataset VARCHAR);
        CREATE TABLE IF NOT EXISTS geometries (
            code VARCHAR, level VARCHAR, division_year INTEGER, dataset VARCHAR, wkb BLOB,
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE);
        CREATE TABLE IF NOT EXISTS observations (
            code VARCHAR, level VARCHAR, division_year INTEGER, year INTEGER, indicator VARCHAR,
            value DOUBLE, source VARCHAR, dataset VARCHAR);
        CREATE TABLE IF NOT EXISTS official_scores (
            code VARCHAR, level VARCHAR, year INTEGER, release VARCHAR,
            lbm DOUBLE, afw DOUBLE, won DOUBLE, fys DOUBLE, vrz DOUBLE, soc DOUBLE, onv DOUBLE,
            k_total INTEGER, k_afw INTEGER, k_won INTEGER, k_fys INTEGER, k_vrz INTEGER, k_soc INTEGER, k_onv INTEGER,
            dev_class INTEGER, dev_from INTEGER, dataset VARCHAR);
        CREATE TABLE IF NOT EXISTS layer_features (
            layer VARCHAR, dataset VARCHAR, value DOUBLE, year INTEGER, wkb BLOB);
        CREATE TABLE IF NOT EXISTS model_releases (
            id VARCHAR, created_at TIMESTAMP, target VARCHAR, release_json VARCHAR, model_card_md VARCHAR);
        CREATE TABLE IF NOT EXISTS model_scores (
            code VARCHAR, level VARCHAR, division_year INTEGER, year INTEGER, release VARCHAR,
            afw DOUBLE, won DOUBLE, fys DOUBLE, vrz DOUBLE, soc DOUBLE, onv DOUBLE, lbm DOUBLE,
            k_total INTEGER, k_afw INTEGER, k_won INTEGER, k_fys INTEGER, k_vrz INTEGER, k_soc INTEGER, k_onv INTEGER,
            reliable BOOLEAN, afw_lower DOUBLE, afw_upper DOUBLE, weight DOUBLE);
        CREATE TABLE IF NOT EXISTS model_contributions (
            code VARCHAR, division_year INTEGER, year INTEGER, release VARCHAR, indicator VARCHAR, dimension VARCHAR,
            value DOUBLE, reference DOUBLE, contribution DOUBLE);
        ALTER TABLE model_scores ADD COLUMN IF NOT EXISTS class_low INTEGER;
        ALTER TABLE model_scores ADD COLUMN IF NOT EXISTS class_high INTEGER;
        ALTER TABLE model_scores ADD COLUMN IF NOT EXISTS p_weak DOUBLE;
        """;

    /// <summary>Tables written by the model layer (keyed by release, not by dataset).</summary>
    public static readonly string[] ModelTables = ["model_releases", "model_scores", "model_contributions"];

    /// <summary>The tables that hold rows of a dataset (all have a "dataset" column).</summary>
    public static readonly string[] DatasetTables = ["areas", "geometries", "observations", "official_scores", "layer_features"];
}

-- Readers of lakesweep/lakeread.py: a lake's files as relations, from any storage backend.
--   $files VARCHAR[]  DuckDB paths (local, or lakesweep-s3-<n>://bucket/key)

-- name: parquet_files
SELECT *
FROM read_parquet(
    $files::VARCHAR[],
    union_by_name = true,
    hive_partitioning = $hive,
    filename = $with_filename
);

-- name: jsonl_files
-- $columns: {name: DuckDB type}; records are read by name, other keys are ignored.
SELECT * FROM read_json($files::VARCHAR[], format = 'newline_delimited', columns = $columns);

-- name: glob_files
SELECT file FROM glob($pattern);

-- name: no_rows
SELECT 1 AS no_rows WHERE false;

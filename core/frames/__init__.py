"""Stage 3: rows into tidy, schema-checked pandas frames: load, cache, dataset, filters, export."""

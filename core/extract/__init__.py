"""Stage 2: one cleaned release in, its rows out: one `extract_<field>()` module per field, `release.normalise` the orchestrator."""

"""Stage 4: across releases: dates from other releases, corrections, commitment tracking."""

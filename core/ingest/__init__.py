"""Stage 1: raw bytes in (files, folders, zips, uploads), decoded and cleaned release texts out."""

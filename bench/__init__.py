"""Accord's benchmark: a generated large corpus and the figures of issue 6 (`python -m bench`)."""

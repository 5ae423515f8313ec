"""syriawatch: news monitoring for Syria, from feeds and seed files to DuckDB and alerts."""

__version__ = "0.1.0"

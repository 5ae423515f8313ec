"""Prefect flows of syriawatch: thin wrappers over `syriawatch.pipeline`."""

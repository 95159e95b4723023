"""Alembic migrations of the project schema, shipped in the package and applied on open."""

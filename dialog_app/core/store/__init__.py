"""The only code that knows the project is SQLite: file identity, pragmas, migrations, search index."""

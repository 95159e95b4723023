"""The review workspace: the notes table, its filters, the theme tree, tagging and the framework editor."""

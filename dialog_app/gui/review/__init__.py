"""The review workspace: the notes table, its filters, the theme tree beside it, and tagging."""

"""Modal dialogs; each exposes a function returning the user's choice, easy to replace in tests."""

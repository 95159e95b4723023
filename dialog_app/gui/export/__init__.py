"""The export dialog: choose a format, a language, themes and dialogues, see what will be published
and masked, and write the consultation document off the GUI thread."""

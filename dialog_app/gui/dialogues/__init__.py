"""The Dialogues tab: the project's dialogues and the selected one's notes."""

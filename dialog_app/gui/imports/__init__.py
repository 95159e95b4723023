"""File ▸ Import…: a table, a document or a QDA project brought into a dialogue, step by step."""

"""The project file as the user meets it: opening, the read-only banner, backups, restore, copies."""

"""Qt-free services: every read and write of a project goes through one of these."""

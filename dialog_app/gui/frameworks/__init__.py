"""The framework editor: the project's theme frameworks and their themes, edited in their own window."""

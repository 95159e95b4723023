"""The projector view shown to the room."""

"""dialog_app: capture, tag and summarise stakeholder dialogue input."""

__version__ = "0.1.0"

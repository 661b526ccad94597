"""messenger_desktop: a desktop messenger for the Matrix network."""

__version__ = "0.1.0"

"""SPT Field: an offline tool for torture-prevention visits."""

__version__ = "0.1.0"

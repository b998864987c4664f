"""Helpers shared by several test modules: sample data, damaged files, laptops, windows."""

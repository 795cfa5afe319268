"""Hostile inputs on every surface (issue 14): refused in one line, bounded, nothing changed."""

"""Renderers: turn typed reports into strings (text, markdown, JSON, GitHub annotations, rich)."""

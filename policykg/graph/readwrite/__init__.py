"""Formats: each writer reads a ``GraphSnapshot``; ``export.export_snapshot`` dispatches by format name."""

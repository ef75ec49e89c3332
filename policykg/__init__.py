"""policykg: Chinese innovation-policy documents → a traceable knowledge graph."""

__version__ = "0.1.0"

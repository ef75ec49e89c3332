"""Stores: the ``GraphStore`` interface, the Cypher both stores share, embedded grafeo, Neo4j, copies."""

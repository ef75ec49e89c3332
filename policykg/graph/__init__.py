"""The graph once extracted, in three packages (as networkx keeps readwrite apart from algorithms):

- :mod:`policykg.graph.stores`: where a graph lives (embedded grafeo, Neo4j) and copies between them;
- :mod:`policykg.graph.readwrite`: formats written from a snapshot (JSON Lines, CSV, RDF, GraphML/GEXF,
  Neo4j bulk-import files) and safe output files;
- :mod:`policykg.graph.algorithms`: merge semantics, statistics, centrality, shortest chains.

A new store or a new format is one new module in its package.
"""

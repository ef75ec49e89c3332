"""Computations over a graph: merge semantics, statistics and centrality, shortest chains."""

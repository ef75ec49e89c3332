"""The ``policykg`` command line: a thin click layer over the library.

One group (:func:`main`, in :mod:`policykg.cli.common` with what every command shares)
and one module per command group, each mirroring a library module: ``build`` (build, remove),
``lookups`` (org, path, query, queries), ``export`` (export, map), ``analysis``
(stats, analyze), ``evaluate`` (eval) and ``neo4j``. Nothing in the library imports
this package.
"""

from policykg.cli import analysis, build, evaluate, export, lookups, neo4j  # noqa: F401  (registers the commands)
from policykg.cli.common import main

__all__ = ["main"]

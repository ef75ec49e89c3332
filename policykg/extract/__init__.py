"""Extraction: a normalised :class:`~policykg.model.Document` in, a :class:`~policykg.model.DocumentGraph` out.

Reading and normalising live in :mod:`policykg.loaders`; everything that decides what a
document names and states lives here, as small components over one :class:`Doc`
(:mod:`policykg.extract.pipeline`) with their rules and tables as data under
:mod:`policykg.resources`.
"""

from policykg.extract.pipeline import extract

__all__ = ["extract"]

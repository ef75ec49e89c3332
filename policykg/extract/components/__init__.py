"""The extraction components, one module each, in the order :mod:`policykg.extract.pipeline` runs them."""

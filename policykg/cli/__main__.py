"""``python -m policykg.cli`` runs the command line (the tests and benchmarks start it so)."""

from policykg.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()

"""people (filled in below)."""

from policykg.extract.doc import Doc


def run(doc: Doc) -> None:
    return None

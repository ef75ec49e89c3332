"""A graph does not depend on the interpreter's hash seed: sets of names are read in a fixed order."""

from __future__ import annotations

import os
import subprocess
import sys

from .helpers import build

TEXT = "副局长李伟出席开幕式。主任李伟农致辞。会后，李伟农接受了记者采访。"

PROBE = """
import sys
sys.path.insert(0, "tests/extract")
from helpers import build
g = build(sys.argv[1])
print(sorted((e.name, sorted(m.start for m in e.mentions)) for e in g.entities if e.type == "Person"))
"""


def test_a_repeated_name_that_holds_a_shorter_one_is_the_longer_person():
    g = build(TEXT)
    people = {e.name: sorted(m.start for m in e.mentions) for e in g.entities if e.type == "Person"}
    later = TEXT.rindex("李伟农")
    assert later in people["李伟农"] and later not in people.get("李伟", [])


def test_people_are_the_same_under_every_hash_seed():
    outputs = set()
    for seed in range(4):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", PROBE, TEXT], capture_output=True, text=True, env=env, cwd=_repo(), check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs


def _repo() -> str:
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

"""Shared fixtures: where the sample documents are, and a guard that turns skipped
service tests into failures in CI (so a missing Neo4j or Chromium cannot pass silently)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SERVICE_MARKERS = ("neo4j", "browser")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (sample documents and gold annotations) is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "seeds"
    if not any(seeds.glob("*.txt")):
        pytest.skip("../shared/seeds has no sample documents")
    return seeds


@pytest.fixture(scope="session")
def gold_dir(shared_dir: Path) -> Path:
    gold = shared_dir / "eval" / "gold-dev"
    if not any(gold.glob("*.json")):
        pytest.skip("../shared/eval/gold-dev has no gold annotations")
    return gold


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With POLICYKG_REQUIRE_SERVICES set (CI sets it), a Neo4j or browser test that
    skips because its service is missing counts as a failure."""
    outcome = yield
    report = outcome.get_result()
    if not os.environ.get("POLICYKG_REQUIRE_SERVICES"):
        return
    if report.skipped and any(item.get_closest_marker(m) for m in SERVICE_MARKERS):
        report.outcome = "failed"
        report.longrepr = f"service test skipped but POLICYKG_REQUIRE_SERVICES is set: {report.longrepr}"

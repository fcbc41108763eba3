from __future__ import annotations

from pathlib import Path

import pytest

from dateline.settings import Options, defaults

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "seed-two-articles.txt"


@pytest.fixture(scope="session")
def options() -> Options:
    return defaults()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared (the seed example) is not present")
    return SEED


@pytest.fixture(scope="session")
def seed_records(seed_path: Path):
    """The seed, extracted once with the retrieval time its gold uses."""
    from dateline.pipeline import run
    from dateline.read.stamps import parse_iso_datetime

    opts = defaults().replace(retrieved_at=parse_iso_datetime("2026-02-04T12:00:00Z"))
    return list(run([str(seed_path)], opts))

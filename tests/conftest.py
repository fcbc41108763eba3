from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


# ---- databases: every store test runs on SQLite and on PostgreSQL ----

PG_URL = os.environ.get("DATELINE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The PostgreSQL server of $DATELINE_TEST_PG; its tests skip when none answers, except in CI
    (CI=true), where a server is part of the setup (.ci/run starts one) and its absence fails."""
    import psycopg

    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.Error as e:
        reason = f"no PostgreSQL server answers at {PG_URL} (set DATELINE_TEST_PG): {' '.join(str(e).split())}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return PG_URL


@contextmanager
def pg_schema() -> Iterator[str]:
    """A new, empty schema of its own in the test database (tests run concurrently), dropped after;
    the URL sets it as the search path, so the store sees it as its whole database."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"dateline_test_{uuid.uuid4().hex[:12]}"  # a name made here, never from test data
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{name}"')
    try:
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={name}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    with pg_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new database, once as an SQLite file and once as a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same, shared by the tests of one module (for tests that only read)."""
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("db") / "t.db")
        return
    request.getfixturevalue("pg_server")
    with pg_schema() as url:
        yield url

import os
import random
import re
import sqlite3
import sys

import pytest

from dateline.errors import DatelineError, StoreError
from dateline.record import (
    Article,
    Casualty,
    Claim,
    Entity,
    Event,
    Offsets,
    Quote,
    Source,
    Speaker,
    Timex,
    article_id,
)
from dateline.store import Store
from dateline.store.migrations import LATEST


def make(title: str, text: str = "Body text of the article.") -> Article:
    return Article(
        id=article_id(title, text),
        source=Source(path="x.txt"),
        title=title,
        text=text,
        entities=[Entity(id="e1", name="Kabul", type="GPE", mentions=[Offsets(start=0, end=5)])],
        timexes=[Timex(text="Body", start=0, end=4, value="2025-10-29", precision="day", anchor="absolute")],
        quotes=[
            Quote(id="q1", text="Body text", kind="partial", start=0, end=9, cue="say",
                  speaker=Speaker(name="Kabul official", anonymous=True)),
        ],
        events=[
            Event(id="v1", type="ASSAULT", trigger="clashes", actors=["e1"], evidence=Offsets(start=0, end=9),
                  mentions=[Offsets(start=10, end=14)],
                  casualties=[Casualty(count=5, status="killed", group="soldiers"),
                              Casualty(count=2, status="killed", group="civilians"),
                              # the same toll reported again, higher: counted once, at its highest
                              Casualty(count=4, status="killed", group="civilians"),
                              Casualty(count=2, status="killed", group="Civilians")]),
        ],
        claims=[Claim(id="c1", claimant="e1", claimant_name="Kabul", text="Body text", stance="denies",
                      evidence=Offsets(start=0, end=9))],
    )  # fmt: skip


@pytest.fixture
def store(db_url):
    """A new store, once in SQLite and once in PostgreSQL (conftest.db_url)."""
    with Store(db_url) as s:
        yield s


def rows(store, sql, **params):
    """The rows of a query on the store's own database, as tuples."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def test_add_is_idempotent(store):
    a = make("One")
    assert store.add(a) is True
    assert store.add(a) is False
    assert store.count() == 1


def test_get_by_id_and_prefix(store):
    a = make("One")
    store.add(a)
    assert store.get(a.id) == a
    assert store.get(a.id[:6]) == a
    with pytest.raises(DatelineError, match="no article"):
        store.get("zzzz")


def test_ambiguous_prefix(store):
    for i in range(40):
        store.add(make(f"Title {i}"))
    with pytest.raises(DatelineError, match="give more characters"):
        store.get("")


def test_prefix_is_not_a_pattern(store):
    store.add(make("One"))
    with pytest.raises(DatelineError):
        store.get("%")


def test_file_is_plain_sqlite_with_queryable_tables(tmp_path):
    path = tmp_path / "t.db"
    with Store(str(path)) as s:
        s.add(make("One"))
    con = sqlite3.connect(path)
    assert con.execute("select title from articles").fetchall() == [("One",)]
    assert con.execute("select name, type from entities").fetchall() == [("Kabul", "GPE")]
    assert con.execute("select speaker, anonymous, text from quotes").fetchall() == [("Kabul official", 1, "Body text")]
    # different groups add up (5 soldiers + 4 civilians); a group's repeated toll counts once, at its highest
    assert con.execute("select type, actors, killed from events").fetchall() == [("ASSAULT", "Kabul", 9)]
    assert con.execute("select stance, claimant from claims").fetchall() == [("denies", "Kabul")]
    assert con.execute("select max(version) from dateline_schema").fetchone() == (LATEST,)


def test_reopening_keeps_data_and_does_not_remigrate(tmp_path):
    path = str(tmp_path / "t.db")
    with Store(path) as s:
        s.add(make("One"))
    with Store(path) as s:
        assert s.count() == 1
    con = sqlite3.connect(path)
    assert con.execute("select count(*) from dateline_schema").fetchone() == (LATEST,)


def test_a_version_1_store_gains_the_quotes_table(tmp_path):
    path = tmp_path / "t.db"
    con = sqlite3.connect(path)
    con.execute("create table dateline_schema (version integer primary key, applied_at varchar(40) not null)")
    con.execute("insert into dateline_schema values (1, 'earlier')")
    con.execute("create table articles (seq integer primary key, id varchar(32) unique not null, version integer,"
                " title text, published varchar(40), dateline_place text, language varchar(8), source_path text,"
                " source_index integer, source_url text, outlet text, text text not null, n_entities integer,"
                " record text not null, stored_at varchar(40) not null)")  # fmt: skip
    con.execute("create table entities (article_id varchar(32), entity_id varchar(16), name text, type varchar(16),"
                " n_mentions integer, country_code varchar(2), lat float, lon float, geonames_id integer,"
                " primary key (article_id, entity_id))")  # fmt: skip
    con.commit()
    with Store(str(path)) as s:
        s.add(make("One"))
    con = sqlite3.connect(path)
    assert con.execute("select count(*) from quotes").fetchone() == (1,)
    assert con.execute("select count(*) from events").fetchone() == (1,)
    assert con.execute("select max(version) from dateline_schema").fetchone() == (LATEST,)


def test_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "t.db")
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("insert into dateline_schema values (999, 'later')")
    con.commit()
    with pytest.raises(DatelineError, match="newer"):
        Store(path)


# ---- opening faults: each is one StoreError line naming the database, never a traceback ----

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def _text_file(p):
    p.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")


def _random_bytes(p):
    p.write_bytes(random.Random(1).randbytes(20000))


def _read_only(p):
    with Store(str(p)):
        pass
    p.chmod(0o444)


def _unwritable_folder(p):
    p.parent.chmod(0o555)


@pytest.mark.parametrize(
    ("name", "prepare", "create", "words"),
    [
        ("missing/t.db", None, True, "does not exist"),
        ("missing/t.db", None, False, "no database"),
        ("t.db", None, False, "no database"),  # a read-only command on a mistyped name
        ("adir", lambda p: p.mkdir(), True, "is a directory"),
        ("adir", lambda p: p.mkdir(), False, "is a directory"),
        ("notes.db", _text_file, True, "not an SQLite database"),
        ("notes.db", _text_file, False, "not an SQLite database"),
        ("noise.db", _random_bytes, True, "not an SQLite database"),
        pytest.param("ro.db", _read_only, True, "read-only",
                     marks=pytest.mark.skipif(ROOT_USER, reason="root writes to read-only files")),
        pytest.param("t.db", _unwritable_folder, True, "not writable",
                     marks=pytest.mark.skipif(ROOT_USER, reason="root writes into read-only folders")),
    ],
)  # fmt: skip
def test_a_database_that_cannot_be_opened_is_one_line(tmp_path, name, prepare, create, words):
    folder = tmp_path / "sub"
    folder.mkdir()
    path = folder / name
    if prepare:
        prepare(path)
    before = sorted(os.listdir(folder))
    try:
        with pytest.raises(StoreError) as e:
            Store(str(path), create=create)
    finally:
        folder.chmod(0o755)
    message = str(e.value)
    assert words in message and str(path) in message and "\n" not in message
    assert sorted(os.listdir(folder)) == before  # nothing created beside it


def test_foreign_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("create table articles (id integer primary key, body text)")
    con.execute("insert into articles (body) values ('not ours')")
    con.commit()
    con.close()
    before = path.read_bytes()
    for create in (True, False):
        with pytest.raises(StoreError, match="is not a dateline database"):
            Store(str(path), create=create)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["other.db"]  # no -wal or -journal left either


def test_other_kinds_of_database_url_are_refused_with_a_line():
    with pytest.raises(StoreError, match=r"unsupported database URL \(mysql://\)") as e:
        Store("mysql://bob:secret@localhost/news")
    assert "secret" not in str(e.value) and "\n" not in str(e.value)


def test_an_unreachable_postgresql_server_is_one_line_without_the_password():
    with pytest.raises(StoreError) as e:
        Store("postgresql://analyst:s3cret-pw@127.0.0.1:1/news")
    message = str(e.value)
    assert message.startswith("cannot connect to postgresql://analyst@127.0.0.1:1/news: ")
    assert "s3cret-pw" not in message and "\n" not in message


def test_a_url_from_the_environment_is_named_as_such_without_its_password(monkeypatch):
    monkeypatch.setenv("DATELINE_DB", "postgresql://analyst:s3cret-pw@127.0.0.1:1/news")
    with pytest.raises(StoreError) as e:
        Store()
    assert "postgresql://analyst@127.0.0.1:1/news (from $DATELINE_DB)" in str(e.value)
    assert "s3cret-pw" not in str(e.value)


def test_a_password_is_never_shown_even_in_the_query_string():
    with pytest.raises(StoreError) as e:
        Store("postgresql://analyst@127.0.0.1:1/news?password=s3cret-pw")
    assert "s3cret-pw" not in str(e.value)


def _corrupt(path, first_page=2, pages=4):
    with open(path, "r+b") as f:
        f.seek(4096 * first_page)
        f.write(random.Random(7).randbytes(4096 * pages))


def test_a_damaged_database_is_one_line_for_readers_and_writers(tmp_path):
    path = tmp_path / "t.db"
    with Store(str(path)) as s:
        for i in range(60):
            s.add(make(f"Title {i}", "Body text of the article. " * 40))
    _corrupt(path)
    with pytest.raises(StoreError, match="damaged") as e, Store(str(path)) as s:  # a writer checks before writing
        s.add(make("Another"))
    assert "\n" not in str(e.value)
    with pytest.raises(StoreError) as e, Store(str(path), create=False) as s:
        s.rows()
        list(s.articles())
    assert str(path) in str(e.value)


def test_a_read_only_open_does_not_create_or_change_the_file(tmp_path):
    path = tmp_path / "t.db"
    with Store(str(path)) as s:
        s.add(make("One"))
    before = path.read_bytes()
    with Store(str(path), create=False) as s:
        assert s.count() == 1
    assert path.read_bytes() == before


# ---- values the store cannot hold as they are ----


def test_counts_beyond_64_bit_integers_are_kept_in_the_record_only(store):
    a = make("Huge")
    a.events[0].casualties[0].count = 10**23
    assert store.add(a)
    assert store.get(a.id).events[0].casualties[0].count == 10**23
    assert rows(store, "select killed from events") == [(None,)]
    assert rows(store, "select count from casualties where n = 0") == [(None,)]


def test_counts_up_to_64_bit_integers_are_stored_as_numbers(store):
    a = make("Large")
    a.events[0].casualties = [Casualty(count=2**40, status="displaced", group="people")]
    store.add(a)
    assert rows(store, "select count from casualties") == [(2**40,)]


# ---- migrations: frozen, atomic, and old files upgrade ----


def test_migrations_are_frozen_sql_not_the_live_tables():
    import inspect

    from dateline.store import migrations

    source = inspect.getsource(migrations)
    assert "create_all" not in source and "from .schema" not in source
    assert [v for v, _ in migrations.MIGRATIONS] == list(range(1, LATEST + 1))


def test_the_frozen_ddl_matches_the_tables_the_code_writes(tmp_path):
    """Every column the store inserts exists in a freshly migrated file (schema.py and the DDL agree)."""
    from dateline.store.schema import metadata

    with Store(str(tmp_path / "t.db")):
        pass
    con = sqlite3.connect(tmp_path / "t.db")
    for table in metadata.sorted_tables:
        have = {r[1] for r in con.execute(f"pragma table_info({table.name})")}
        assert have == {c.name for c in table.columns}, table.name


@pytest.mark.parametrize("version", [1, 2, 3])
def test_files_made_by_earlier_versions_upgrade(tmp_path, version):
    from dateline.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("create table dateline_schema (version integer not null, applied_at varchar(40) not null,"
                " primary key (version))")  # fmt: skip
    for v, statements in MIGRATIONS[:version]:
        for sql in statements:
            con.execute(sql)
        con.execute("insert into dateline_schema values (?, 'earlier')", (v,))
    con.commit()
    con.close()
    with Store(str(path)) as s:
        s.add(make("One"))
        assert s.count() == 1
    con = sqlite3.connect(path)
    assert con.execute("select max(version) from dateline_schema").fetchone() == (LATEST,)
    assert con.execute("pragma journal_mode").fetchone() == ("wal",)
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize(("existing", "words"), [(True, "is read-only"), (False, "is not writable")])
def test_no_write_permission_as_an_ordinary_user_sees_it(tmp_path, monkeypatch, existing, words):
    """The rows above that root cannot see (root writes anywhere), with the permission check answered no."""
    path = tmp_path / "t.db"
    if existing:
        Store(str(path)).close()
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(StoreError, match=words):
        Store(str(path))


# ---- the facts inside a record, as rows (migration 4), on both dialects ----


def test_every_fact_is_a_row_with_its_article_id_and_offsets(store):
    a = make("One")
    store.add(a)
    assert rows(store, 'select article_id, entity_id, start, "end" from entity_mentions') == [(a.id, "e1", 0, 5)]
    assert rows(store, 'select article_id, event_id, start, "end" from event_mentions') == [(a.id, "v1", 10, 14)]
    assert rows(store, 'select event_id, n, status, count, count_max, "group", part_of from casualties order by n') == [
        ("v1", 0, "killed", 5, None, "soldiers", None),
        ("v1", 1, "killed", 2, None, "civilians", None),
        ("v1", 2, "killed", 4, None, "civilians", None),
        ("v1", 3, "killed", 2, None, "Civilians", None),
    ]
    assert rows(store, 'select article_id, n, start, "end", text, value, "precision", anchor from timexes') == [
        (a.id, 0, 0, 4, "Body", "2025-10-29", "day", "absolute")
    ]


def test_a_subgroup_points_at_the_figure_it_is_part_of(store):
    a = make("Subgroup")
    a.events[0].casualties = [
        Casualty(count=14, status="killed", group="people"),
        Casualty.model_validate({"count": 9, "status": "killed", "group": "foreigners", "part_of": 0}),
    ]
    store.add(a)
    assert rows(store, 'select n, "group", part_of from casualties order by n') == [
        (0, "people", None),
        (1, "foreigners", 0),
    ]


def test_a_mention_listed_twice_is_one_row(store):
    a = make("Twice")
    a.entities[0].mentions = [Offsets(start=0, end=5), Offsets(start=0, end=5), Offsets(start=20, end=25)]
    assert store.add(a)
    assert rows(store, 'select start, "end" from entity_mentions order by start') == [(0, 5), (20, 25)]


def test_a_failed_article_stores_nothing_of_itself(store):
    """One transaction per article: a fact row that cannot be stored takes its article row with it."""
    a = make("Broken")
    a.quotes.append(a.quotes[0])  # the same quote id twice: the second row breaks the quotes table's key
    with pytest.raises(StoreError):
        store.add(a)
    assert store.count() == 0
    assert rows(store, "select count(*) from quotes") == [(0,)]
    assert rows(store, "select count(*) from entities") == [(0,)]
    assert store.add(make("Fine"))  # and the store goes on


# ---- PostgreSQL: opening ----


def test_postgresql_read_only_open_of_an_empty_database_creates_nothing(pg_url):
    with pytest.raises(StoreError, match="holds no dateline tables"):
        Store(pg_url, create=False)
    with Store(pg_url) as s:  # the writer creates them
        assert rows(s, "select count(*) from information_schema.tables where table_name = 'articles'") == [(1,)]


def test_postgresql_holding_other_tables_is_refused_and_left_unchanged(pg_url):
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text("create table articles (id integer primary key, body text)"))
    try:
        with pytest.raises(StoreError, match="is not a dateline database"):
            Store(pg_url)
        with engine.connect() as conn:
            have = {r[0] for r in conn.execute(text("select table_name from information_schema.tables"
                                                    " where table_schema = current_schema()"))}  # fmt: skip
        assert have == {"articles"}
    finally:
        engine.dispose()


def _open_and_add(url: str, title: str) -> None:
    with Store(url) as s:
        s.add(make(title))


def test_postgresql_processes_opening_a_new_database_at_once_migrate_it_once(pg_url):
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    procs = [ctx.Process(target=_open_and_add, args=(pg_url, f"Writer {i}")) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * 4
    with Store(pg_url) as s:
        assert s.count() == 4
        assert rows(s, "select version from dateline_schema") == [(LATEST,)]


def test_postgresql_baseline_has_the_tables_and_columns_the_code_writes(pg_url):
    from dateline.store.schema import metadata

    with Store(pg_url) as s:
        for table in metadata.sorted_tables:
            sql = "select column_name from information_schema.columns where table_name = :t"
            sql += " and table_schema = current_schema()"
            have = {r[0] for r in rows(s, sql, t=table.name)}
            assert have == {c.name for c in table.columns}, table.name


# ---- SQLite: version 4 fills its rows from the records of articles stored before it ----


def test_version_4_fills_the_new_tables_from_stored_records(tmp_path):
    from dateline.store.migrations import MIGRATIONS

    path = tmp_path / "t.db"
    with Store(str(path)) as s:
        for i in range(3):
            s.add(make(f"Title {i}"))
    new_tables = ["entity_mentions", "event_mentions", "casualties", "timexes"]
    con = sqlite3.connect(path)
    before = {t: sorted(con.execute(f"select * from {t}").fetchall()) for t in new_tables}
    assert all(before.values())
    # back to version 3: drop what version 4 made (its CREATE statements name the tables)
    made = [re.match(r"CREATE (?:VIRTUAL )?TABLE (\w+)", sql) for sql in MIGRATIONS[3][1]]
    for m in reversed([m for m in made if m]):
        con.execute(f"drop table {m.group(1)}")
    con.execute("delete from dateline_schema where version = 4")
    con.commit()
    con.close()
    with Store(str(path)) as s:
        assert [h.kind for h in s.search("body text")] == ["article"] * 3 + ["quote"] * 3
    con = sqlite3.connect(path)
    assert {t: sorted(con.execute(f"select * from {t}").fetchall()) for t in new_tables} == before

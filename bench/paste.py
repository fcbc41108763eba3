"""The paste reader on the article-extraction-benchmark (181 news pages), as a person would paste them.

Each page is rendered to the text a browser's "select all, copy" gives: headless Chromium's
``document.body.innerText`` through Playwright (Debian's ``/usr/bin/chromium``, JavaScript off, no
network: the page is loaded with ``set_content`` and every request is refused), or ``w3m -dump``
where no browser is installed. The bench prints which renderer it used. Rendered texts are cached
under /tmp/paste-cache/<renderer>/ (never in the repository).

Each text goes through ``dateline.read.read_bytes`` (the paste reader, as ``dateline extract`` would
call it on a .txt file) and is scored with the benchmark's metric (token 4-gram shingles; the helpers
are bench/extraction.py's). Reported, for the dev half, the test half (sha1 of the file name: even is
dev, odd is test) and all pages:

- body precision / recall / F1 / exact accuracy. The body is the text of every record the reader
  returns for the page, joined (a page is one story: extra records count as false positives);
- lost: pages whose story was lost (recall < 0.5), and of those how many got no warning;
- warned: pages with a loss warning (or a failure), and of those how many kept the story
  (recall >= 0.9): false alarms;
- title exact match, on pages whose headline is known: the page's og:title, else its <title> with
  the site's suffix cut (the longest part between " | ", " - ", " – ", " — ", " :: ", " · "), counted
  only when that headline is a line of the rendered text (the page shows it). Both sides are compared
  after NFKC, curly quotes and dashes made plain, whitespace collapsed and case folded.

A baseline in the same run: the whole rendered text as the body ("everything"), which is what the
reader would give if it kept every line.

    .venv/bin/python bench/paste.py [--data ../shared/datasets/article-extraction-benchmark]
        [--renderer chromium|w3m] [--limit N] [--show dev] [--json FILE]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import lxml.html

from dateline.errors import InputError
from dateline.read import read_bytes
from dateline.settings import defaults
from extraction import DEFAULT_DATA, item_scores, summarize

CACHE = Path("/tmp/paste-cache")
CHROMIUM = "/usr/bin/chromium"
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")


def half(key: str) -> str:
    """dev or test, fixed by the sha1 of the page's file name."""
    return "dev" if int(hashlib.sha1(f"{key}.html.gz".encode()).hexdigest(), 16) % 2 == 0 else "test"


# ---------------------------------------------------------------- rendering


def pick_renderer(wanted: str | None) -> str:
    if wanted:
        return wanted
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "w3m"
    return "chromium" if Path(CHROMIUM).exists() else "w3m"


def render_all(pages: dict[str, str], renderer: str) -> dict[str, str]:
    """Rendered text per page id, from the cache or rendered now."""
    folder = CACHE / renderer
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, str] = {}
    todo = []
    for key in pages:
        f = folder / f"{key}.txt"
        if f.exists():
            out[key] = f.read_text(encoding="utf-8")
        else:
            todo.append(key)
    if todo:
        print(f"rendering {len(todo)} pages with {renderer} ...", file=sys.stderr)
        render = _render_chromium if renderer == "chromium" else _render_w3m
        for key, text in render({k: pages[k] for k in todo}):
            (folder / f"{key}.txt").write_text(text, encoding="utf-8")
            out[key] = text
    return out


def _render_chromium(pages: dict[str, str]):  # type: ignore[no-untyped-def]
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        ctx = browser.new_context(java_script_enabled=False, offline=True, viewport={"width": 1280, "height": 900})
        page = ctx.new_page()
        page.route("**/*", lambda route: route.abort())  # no network: the page's own HTML only
        for key, html in pages.items():
            try:
                page.set_content(html, wait_until="domcontentloaded", timeout=20000)
                text = page.evaluate("document.body ? document.body.innerText : ''")
            except Error as e:
                print(f"  {key[:12]}: {e}".splitlines()[0], file=sys.stderr)
                text = ""
            yield key, text
        browser.close()


def _render_w3m(pages: dict[str, str]):  # type: ignore[no-untyped-def]
    if not shutil.which("w3m"):
        sys.exit("neither chromium (with playwright) nor w3m is installed")
    for key, html in pages.items():
        res = subprocess.run(
            ["w3m", "-dump", "-T", "text/html", "-cols", "200", "-O", "UTF-8", "-I", "UTF-8"],
            input=html.encode("utf-8"),
            capture_output=True,
            timeout=60,
            check=False,
        )
        yield key, res.stdout.decode("utf-8", "replace")


# ---------------------------------------------------------------- titles


def norm_title(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "}))
    return re.sub(r"\s+", " ", s).strip().casefold()


def expected_title(html: str) -> str | None:
    """og:title, else <title> with the site's suffix cut."""
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"))
    except Exception:
        return None
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == "og:title" and (el.get("content") or "").strip():
            return _without_site(el.get("content") or "")
    t = tree.find(".//title")
    if t is not None and (t.text_content() or "").strip():
        return _without_site(t.text_content())
    return None


def _without_site(title: str) -> str:
    parts = [p for p in _SEPARATORS.split(title.strip()) if p.strip()]
    return max(parts, key=len).strip() if parts else title.strip()


# ---------------------------------------------------------------- scoring


def read_text(text: str) -> tuple[str, str | None, list[str], int]:
    """(body, title, warnings, number of records) as ``dateline`` reads the paste."""
    try:
        arts = read_bytes("page.txt", text.encode("utf-8"), defaults())
    except InputError as e:
        return "", None, [f"failed: {e}"], 0  # the user is told (exit 1): not a silent loss
    body = "\n\n".join(a.text for a in arts)
    warnings = [w for a in arts for w in a.warnings]
    return body, (arts[0].title if arts else None), warnings, len(arts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--renderer", choices=["chromium", "w3m"], help="default: chromium if installed, else w3m")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    ap.add_argument("--show", choices=["dev", "test", "all"], help="list the worst pages of this half")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    args = ap.parse_args(argv)
    truth_file = args.data / "ground-truth.json"
    if not truth_file.exists():
        print(f"no data at {args.data}: pass --data", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    html = {
        k: gzip.decompress((args.data / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", "replace") for k in ids
    }
    renderer = pick_renderer(args.renderer)
    texts = render_all(html, renderer)
    systems: dict[str, Callable[[str], tuple[str, str | None, list[str], int]]] = {
        "dateline paste": read_text,
        "everything": lambda t: (t, None, [], 1),
    }
    rows: dict[str, dict[str, list[tuple[float | None, float | None, bool]]]] = {s: {} for s in systems}
    lost: dict[str, dict[str, list[tuple[str, bool]]]] = {s: {} for s in systems}
    titles: dict[str, list[tuple[str, bool]]] = {}
    details = []
    seconds = dict.fromkeys(systems, 0.0)
    for key in ids:
        h = half(key)
        for name, fn in systems.items():
            t0 = time.perf_counter()
            body, title, warnings, n = fn(texts[key])
            seconds[name] += time.perf_counter() - t0
            score = item_scores(truth[key]["articleBody"], body)
            rows[name].setdefault(h, []).append(score)
            if score[1] is not None and score[1] < 0.5:
                lost[name].setdefault(h, []).append((key, bool(warnings)))
            if name != "dateline paste":
                continue
            want = expected_title(html[key])
            shown = want is not None and norm_title(want) in {norm_title(x) for x in texts[key].split("\n")}
            if shown:
                titles.setdefault(h, []).append((key, norm_title(title or "") == norm_title(want or "")))
            details.append((h, key, score, title, want if shown else None, warnings, n))
    print(f"article-extraction-benchmark: {len(ids)} pages, rendered with {renderer}")
    results: dict[str, dict[str, dict[str, float]]] = {}
    print(f"{'system':16s} {'half':5s} {'pages':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'exact':>6s} {'lost':>5s}"
          f" {'silent':>6s} {'title':>6s} {'(n)':>5s}")  # fmt: skip
    for name in systems:
        for h in ("dev", "test", "all"):
            rs = [r for hh in ("dev", "test") for r in rows[name].get(hh, [])] if h == "all" else rows[name].get(h, [])
            ls = [x for hh in ("dev", "test") for x in lost[name].get(hh, [])] if h == "all" else lost[name].get(h, [])
            ts = [x for hh in ("dev", "test") for x in titles.get(hh, [])] if h == "all" else titles.get(h, [])
            s = summarize(rs)
            silent = sum(1 for _, warned in ls if not warned)
            tacc = sum(ok for _, ok in ts) / len(ts) if ts and name == "dateline paste" else float("nan")
            s.update(lost=len(ls), silent=silent, title_exact=tacc, title_n=len(ts), pages=len(rs))
            results.setdefault(name, {})[h] = s
            print(
                f"{name:16s} {h:5s} {len(rs):5d} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
                f" {s['accuracy']:6.3f} {len(ls):5d} {silent:6d} {tacc:6.3f} {len(ts):5d}"
            )
    warned = [d for d in details if d[5]]
    false_alarms = {h: sum(1 for d in warned if d[0] == h and (d[2][1] or 0.0) >= 0.9) for h in ("dev", "test")}
    print(
        f"reader time: {seconds['dateline paste']:.1f}s for {len(ids)} pages; {len(warned)} pages warned or failed,"
        f" {sum(false_alarms.values())} of them with recall >= 0.9 (false alarms: dev {false_alarms['dev']},"
        f" test {false_alarms['test']})"
    )
    for h in ("dev", "test"):
        results["dateline paste"][h]["warned"] = sum(1 for d in warned if d[0] == h)
        results["dateline paste"][h]["false_alarms"] = false_alarms[h]
    if args.show:
        worst = sorted((d for d in details if args.show in ("all", d[0])), key=lambda d: _f1(d[2]))
        for h, key, (p, r, _), title, want, warnings, n in worst[:40]:
            ok = "" if want is None else ("=" if norm_title(title or "") == norm_title(want) else "!")
            print(f"{h} {key[:10]} P={_fmt(p)} R={_fmt(r)} n={n} w={len(warnings)} title{ok}={title!r} want={want!r}")
        bad = [d for d in details if args.show in ("all", d[0]) and d[4] and norm_title(d[3] or "") != norm_title(d[4])]
        print(f"-- titles wrong ({len(bad)}):")
        for h, key, _, title, want, *_ in bad:
            print(f"{h} {key[:10]} got={title!r} want={want!r}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


def _f1(score: tuple[float | None, float | None, bool]) -> float:
    p, r, _ = score
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f}"


if __name__ == "__main__":
    sys.exit(main())

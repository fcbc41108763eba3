"""The spaCy pipeline: loaded once per process, run paragraph by paragraph.

Parsing each paragraph on its own keeps headings and bullet lines from running
into the next sentence; the paragraph Docs are then joined into one article Doc
whose text is exactly the article's ``text``, so every offset is an article offset.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .. import rules
from ..errors import ModelNotFound
from . import extensions  # noqa: F401  (declares the Doc/Span extensions)

# dateline's article-level components, in the order they run on the joined Doc.
ARTICLE_COMPONENTS = [
    "dateline_entities",
    "dateline_quotes",
    "dateline_timexes",
    "dateline_events",
    "dateline_casualties",
    "dateline_claims",
]


@spacy.registry.tokenizers("dateline.unfilled_tokenizer.v1")
def unfilled_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules, for a pipeline whose saved tokenizer is then read over it.

    Loading a pipeline, spaCy first builds its language's default tokenizer (some 2,700 special
    cases), then ``Tokenizer.from_disk`` resets every setting and reads the pipeline's own: the
    first build is thrown away, and skipping it saves a visible share of start-up.
    """

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


def _model_dir(name: str) -> Path | None:
    """Where the named pipeline's files are (an installed package's data directory, or the path
    itself), or None when that cannot be told: spaCy then finds it alone."""
    util = spacy.util
    try:
        if util.is_package(name):
            package = util.get_package_path(name)
            meta = util.get_model_meta(package)
            path = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"  # spaCy's package layout
        else:
            path = Path(name)
    except Exception:  # an odd package: leave it to spaCy, which says what is wrong
        return None
    return path if (path / "config.cfg").is_file() else None


def _spacy_load(name: str) -> Language:
    """``spacy.load(name)``, without the work whose result dateline never uses.

    Components the pipeline ships disabled (en_core_web_sm's ``senter``) are not loaded: dateline
    runs only the enabled ones. And where the pipeline uses spaCy's standard tokenizer and saved it,
    the default one spaCy builds first only to overwrite is left empty (``unfilled_tokenizer``);
    the tokenizer that results is the one the files hold, as with a plain load.
    """
    path = _model_dir(name)
    if path is None:
        return spacy.load(name)
    settings = spacy.util.load_config(path / "config.cfg")["nlp"]
    overrides: dict[str, Any] = {}
    if settings.get("tokenizer") == {"@tokenizers": "spacy.Tokenizer.v1"} and (path / "tokenizer").is_file():
        overrides["nlp.tokenizer"] = {"@tokenizers": "dateline.unfilled_tokenizer.v1"}
    return spacy.load(name, exclude=list(settings.get("disabled") or []), config=overrides)


# Each pipeline ``load`` made, by its vocabulary: every Doc a pipeline makes shares its Vocab, so
# what a component needs of the pipeline that made a Doc (its lemmatizer's word index) is found
# from the Doc itself, whatever order the components were built in.
_PIPELINES: dict[Vocab, Language] = {}


def lemma_index(vocab: Vocab, pos: str) -> frozenset[str]:
    """The words of a part of speech ("verb", "noun") that the lemmatizer of the pipeline owning
    ``vocab`` knows (its WordNet index); empty for a pipeline without one or not made by ``load``."""
    nlp = _PIPELINES.get(vocab)
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[union-attr]
        return frozenset(str(w) for w in table[pos])
    except (KeyError, AttributeError):
        return frozenset()


@lru_cache(maxsize=4)
def load(name: str) -> Language:
    """The named installed spaCy pipeline with dateline's components added."""
    from . import casualties, claims, entities, events, quotes, timexes  # noqa: F401  (register the factories)

    try:
        nlp = _spacy_load(name)
    except OSError:
        raise ModelNotFound(name) from None
    for comp in ARTICLE_COMPONENTS:
        if comp not in nlp.pipe_names:
            nlp.add_pipe(comp, last=True)
    _keep_title_abbreviations(nlp)
    _PIPELINES[nlp.vocab] = nlp
    return nlp


def _keep_title_abbreviations(nlp: Language) -> None:
    """ "Lt. Col. Ann Roe", "Sens. Ann Roe and Tim Lake": spaCy's English tokenizer keeps "Gov." and
    "Sen." whole but cuts the period off "Lt.", "Capt." or "Sens.", and the parser may then end the
    sentence there, before the name. Each abbreviated title of titles.yaml, capitalised as it stands
    before a name, is made one token as "Gov." is."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline with a tokenizer of its own: its rules are its own
    for abbreviation in rules.load_yaml("titles.yaml")["abbreviations"]:
        form = str(abbreviation)[:1].upper() + str(abbreviation)[1:]
        tokenizer.add_special_case(form, [{ORTH: form}])


def _split(piece: str, limit: int) -> list[str]:
    """A paragraph longer than ``limit`` as consecutive parts of at most ``limit`` characters, each
    cut after a sentence end (else a space) when there is one in its second half; joined, the same text."""
    out = []
    while len(piece) > limit:
        window = piece[:limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! ")) + 2
        if cut < limit // 2:
            cut = window.rfind(" ") + 1
        if cut < limit // 2:
            cut = limit
        out.append(piece[:cut])
        piece = piece[cut:]
    return [*out, piece]


def parse(nlp: Language, text: str, max_piece: int = 0, **context: Any) -> Doc:
    """Parse ``text`` paragraph by paragraph ("\\n\\n"-separated) and run the article components.

    A paragraph longer than ``max_piece`` characters (when given) is parsed in parts, so one
    pathological paragraph cannot take unbounded time and memory. ``context`` sets Doc extensions
    the components read first (``dl_anchor``, ``dl_dateline``).
    """
    paragraphs = text.split("\n\n")
    pieces = [p + "\n\n" for p in paragraphs[:-1]] + [paragraphs[-1]]
    if max_piece:
        pieces = [part for p in pieces for part in (_split(p, max_piece) if len(p) > max_piece else [p])]
    base = [name for name in nlp.pipe_names if name not in ARTICLE_COMPONENTS]
    with nlp.select_pipes(enable=base):
        docs = list(nlp.pipe(pieces))
    doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
    assert doc.text == text, "paragraph join changed the text"
    for key, value in context.items():
        setattr(doc._, key, value)
    for comp in ARTICLE_COMPONENTS:
        doc = nlp.get_pipe(comp)(doc)
    # the components' shared context points back at the Doc: drop it so the Doc is freed at once
    doc._.dl_context = None
    return doc

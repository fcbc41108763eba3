"""The article context: built once per article and shared by the quote, event and claim components."""

from __future__ import annotations

from dateline.extract import context as context_module
from dateline.extract.context import ArticleContext, article_context
from dateline.extract.nlp import load, parse

ARTICLE = (
    "Harbour council leader Ruth Okafor said the new ferry pier would open in June.\n\n"
    '"We have waited long enough for this," Okafor said on Tuesday. "The money is there."\n\n'
    "She denied the allegation that the council had hidden the cost from residents.\n\n"
    "Dock workers in Port Elin went on strike on Monday over the plan."
)


def test_one_resolver_per_article(monkeypatch, options) -> None:
    built: list[object] = []

    class Counting(context_module.SpeakerResolver):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            built.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(context_module, "SpeakerResolver", Counting)
    doc = parse(load(options.model), ARTICLE)
    assert len(built) == 1  # quotes, events and claims all used the same one
    assert doc._.dl_quotes and doc._.dl_claims
    assert doc._.dl_context is None  # dropped after the last component: the Doc holds no cycle


def test_claims_read_the_resolver_the_quotes_fed(options) -> None:
    doc = parse(load(options.model), ARTICLE)
    denial = next(c for c in doc._.dl_claims if c.stance == "denies")
    assert denial.claimant_name == "Ruth Okafor"


def test_context_is_cached_on_the_doc(options) -> None:
    nlp = load(options.model)
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("dateline_")]):
        doc = nlp(ARTICLE)
    ctx = article_context(doc)
    assert article_context(doc) is ctx
    assert ctx.resolver is ctx.resolver


def test_paragraphs_and_sentences(options) -> None:
    nlp = load(options.model)
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("dateline_")]):
        doc = nlp(ARTICLE)
    ctx = ArticleContext(doc, [])
    assert len(ctx.paragraphs) == 4
    third = ARTICLE.index("She denied")
    assert ctx.paragraph_of(third) == 2
    assert ctx.paragraphs[2][0] == third
    tok = next(t for t in doc if t.text == "denied")
    sent = ctx.sent(tok).text
    assert "She denied" in sent and "Okafor said" not in sent
    assert ctx.quotes == [] and ctx.anchor is None and ctx.place is None

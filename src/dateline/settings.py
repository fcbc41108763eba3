"""One options object for every threshold and limit; defaults in data/settings.yaml."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from . import rules


@dataclass(frozen=True)
class Options:
    model: str
    max_file_bytes: int
    max_article_chars: int
    max_text_chars: int
    max_html_chars: int
    max_paragraph_chars: int
    binary_control_ratio: float
    title_max_words: int
    heading_max_words: int
    body_min_words: int
    header_zone_lines: int
    article_split_score: float
    caption_credit_max_words: int
    min_body_words: int
    english_letter_ratio: float
    english_function_word_share: float
    progress_min_files: int
    paste_line_cost: float
    paste_marker_cost: float
    paste_stamp_cost: float
    paste_prose_offset: float
    paste_prose_lower_share: float
    paste_run_on_lower_share: float
    paste_article_min_prose_words: int
    paste_article_min_share: float
    paste_title_min_words: int
    paste_title_window: int
    paste_title_far_window: int
    paste_dateline_lead_share: float
    paste_tail_lines: int
    paste_tail_min_words: int
    paste_headline_max_words: int
    paste_dek_score_share: float
    paste_kicker_words: int
    paste_dek_min_words: int
    paste_title_evidence_gap: int
    paste_teaser_cuts: int
    paste_edge_teaser_words: int
    paste_link_list_lines: int
    paste_long_list_factor: float
    paste_glued_head_words: int
    paste_lost_share: float
    paste_rival_share: float
    retold_fill_max_days: int
    event_gate_min_words: int
    event_gate_context_density: float
    label_modifier_max_words: int
    retrieved_at: datetime | None = None

    def replace(self, **changes: Any) -> Options:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


@lru_cache(maxsize=1)
def defaults() -> Options:
    """The settings file, with $DATELINE_MODEL overriding the model."""
    raw = dict(rules.load_yaml("settings.yaml"))
    if os.environ.get("DATELINE_MODEL"):
        raw["model"] = os.environ["DATELINE_MODEL"]
    return Options(**raw)

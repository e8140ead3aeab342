"""Each language's claim examples (``claimcheck/lang/<code>/examples/claims.yaml``), Duckling
style: positive examples must yield every listed claim, negative ones must not yield the
forbidden one, known failures run as strict xfails.

Examples use invented names pinned below, so that subjects are checked without a corpus.
"""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
import yaml

from claimcheck.config import Config, PinnedEntity
from claimcheck.extract import extract
from claimcheck.lang import SUPPORTED
from claimcheck.link import link
from claimcheck.model import Document

CONFIG = Config(entities=(
    PinnedEntity("Norvik Group", "organization", ("Norvik",)),
    PinnedEntity("Belmar Foods", "organization", ("Belmar",)),
    PinnedEntity("Ana Ruiz", "person", ("Ruiz",)),
))
PUBLISHED = date(2026, 3, 12)
FIELDS = ("attribute", "value", "subject", "modality", "scope", "period", "unit", "rule",
          "hedge", "attribution")


def _examples(lang: str) -> dict:
    resource = resources.files("claimcheck.lang").joinpath(lang, "examples", "claims.yaml")
    return yaml.safe_load(resource.read_text(encoding="utf-8")) if resource.is_file() else {}


def _cases(section: str):
    for lang in SUPPORTED:
        for index, case in enumerate(_examples(lang).get(section) or ()):
            marks = [pytest.mark.xfail(strict=True, reason=case.get("reason", ""))] \
                if section == "xfail" else []
            yield pytest.param(lang, case, id=f"{lang}-{section}-{index}", marks=marks)


def _claims(text: str, lang: str):
    document = Document(id="d", path="d", text=text, language=lang, published=PUBLISHED)
    return link([document], [extract(document)], CONFIG)


def _view(claim) -> dict:
    point = claim.value.point
    value = point if point is not None else claim.value.label
    return {"attribute": claim.attribute, "value": value,
            "subject": claim.subject, "modality": claim.modality, "scope": claim.scope,
            "period": claim.period, "unit": claim.value.unit, "rule": claim.rule,
            "hedge": claim.value.hedge, "attribution": claim.attribution}


def _matches(view: dict, expected: dict) -> bool:
    for key, wanted in expected.items():
        got = view[key]
        if isinstance(wanted, str) and key == "value":
            try:  # YAML 1.1 reads "2.95e9" as text
                wanted = float(wanted)
            except ValueError:
                pass
        if key == "rule":
            if not str(got).endswith(str(wanted)):
                return False
        elif isinstance(wanted, float | int) and isinstance(got, float | int):
            if abs(got - wanted) > 1e-9 * max(1.0, abs(wanted)):
                return False
        elif got != wanted:
            return False
    return True


@pytest.mark.parametrize(("lang", "case"), [*_cases("positive"), *_cases("xfail")])
def test_positive_examples(lang: str, case: dict) -> None:
    views = [_view(c) for c in _claims(case["text"], lang)]
    for expected in case["expected"]:
        assert set(expected) <= set(FIELDS), expected
        assert any(_matches(view, expected) for view in views), (expected, views)


@pytest.mark.parametrize(("lang", "case"), list(_cases("negative")))
def test_negative_examples(lang: str, case: dict) -> None:
    views = [_view(c) for c in _claims(case["text"], lang)]
    forbidden = case["forbid"]
    assert not any(_matches(view, forbidden) for view in views), (forbidden, views)


def test_every_language_has_claim_examples() -> None:
    for lang in SUPPORTED:
        examples = _examples(lang)
        assert len(examples.get("positive") or ()) >= 8, lang
        assert len(examples.get("negative") or ()) >= 4, lang

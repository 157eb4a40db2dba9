"""schema.org ClaimReview (JSON-LD) for the coverage the record rates, as fact-checkers publish.

One review per *coverage citation*: a citation from a source that did not originate the figure
(``primary: false``), whose framing the record judged. The mapping, checked against the
properties Google's fact-check markup requires (``claimReviewed``, ``reviewRating`` with
``alternateName``, ``url``) and recommends (``author``, ``itemReviewed``):

- ``claimReviewed``: the citation's verbatim quote, the sentence the outlet wrote;
- ``itemReviewed``: a ``Claim`` whose ``appearance`` is the source article (a
  ``CreativeWork`` with its URL, title, publisher and date), and whose ``datePublished`` and
  ``author`` are the article's date and publisher;
- ``reviewRating``: a ``Rating`` whose ``alternateName`` is the verdict (Supported,
  Misleading, Refuted, Unverifiable) and whose ``ratingExplanation`` says why, naming the
  record and what its figure covers;
- ``author``: the maintainer of the record, given by the caller (``--author`` or
  ``R1CLAIMS_AUTHOR``): never made up here;
- ``url``: the page that publishes the review, given by the caller; ``{claim}`` and
  ``{source}`` in it are replaced by the ids.

Nothing is invented: a source without a URL or a date gives an appearance without one.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Citation, Claim, Source
from r1claims.render.safe import clean

__all__ = ["VERDICT_NAMES", "Maintainer", "claim_reviews", "claimreview_json"]

#: The textual rating shown for each verdict (``reviewRating.alternateName``).
VERDICT_NAMES = {
    "supported": "Supported",
    "misleading": "Misleading",
    "refuted": "Refuted",
    "unverifiable": "Unverifiable",
}

AuthorType = Literal["Person", "Organization"]


class Maintainer:
    """Who publishes the reviews: a name, a schema.org type, and an optional home page."""

    def __init__(self, name: str, kind: AuthorType = "Person", url: str | None = None) -> None:
        if not name.strip():
            raise ValueError("the maintainer's name is empty")
        self.name, self.kind, self.url = name.strip(), kind, url

    def json_ld(self) -> dict[str, Any]:
        """The ``author`` object."""
        out: dict[str, Any] = {"@type": self.kind, "name": self.name}
        if self.url:
            out["url"] = self.url
        return out


def _date(source: Source) -> str | None:
    """The source's date at its precision: YYYY-MM-DD, YYYY-MM or YYYY."""
    if source.date is None:
        return None
    iso = source.date.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4]}[source.date_precision or "day"]


def _appearance(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "CreativeWork", "headline": clean(source.title)}
    if source.url:
        out["url"] = source.url
    if date := _date(source):
        out["datePublished"] = date
    if source.publisher:
        out["publisher"] = {"@type": "Organization", "name": clean(source.publisher)}
    if source.authors:
        out["author"] = [{"@type": "Person", "name": clean(a)} for a in source.authors]
    return out


def _explanation(cs: ClaimSet, claim: Claim, citation: Citation) -> str:
    """Why: the verdict with its reasons, the correction, and what the record's figure is."""
    framing = citation.framing
    reasons = ", ".join(r.replace("_", " ") for r in framing.reasons)
    parts = [VERDICT_NAMES[framing.verdict] + (f" ({reasons})" if reasons else "") + "."]
    if framing.correction:
        parts.append(framing.correction.rstrip(".") + ".")
    parts.append(
        f"The record {claim.id}: {format_value(claim.value)}, {claim.scope.covers}"
        f" ({cs.entity_name(claim.subject)})."
    )
    return clean(" ".join(parts))


def _review(
    cs: ClaimSet, claim: Claim, citation: Citation, maintainer: Maintainer, url: str
) -> dict[str, Any]:
    source = cs.source(citation.source)
    item: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(source)}
    if date := _date(source):
        item["datePublished"] = date
    if source.publisher:
        item["author"] = {"@type": "Organization", "name": clean(source.publisher)}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url.replace("{claim}", claim.id).replace("{source}", source.id),
        "claimReviewed": clean(citation.quote),
        "itemReviewed": item,
        "author": maintainer.json_ld(),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": VERDICT_NAMES[citation.framing.verdict],
            "ratingExplanation": _explanation(cs, claim, citation),
        },
    }


def claim_reviews(cs: ClaimSet, maintainer: Maintainer, url: str) -> list[dict[str, Any]]:
    """One ClaimReview per coverage citation of the set's claims, in record order."""
    return [
        _review(cs, claim, citation, maintainer, url)
        for claim in cs.claims
        for citation in claim.citations
        if cs.has_source(citation.source) and not cs.source(citation.source).primary
    ]


def claimreview_json(cs: ClaimSet, maintainer: Maintainer, url: str) -> str:
    """The reviews as a JSON-LD array (each with its own ``@context``)."""
    return json.dumps(claim_reviews(cs, maintainer, url), indent=2, ensure_ascii=False) + "\n"

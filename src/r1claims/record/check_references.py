"""Record checks on ids and references: duplicates, unknown sources and entities, quotes, framing
verdicts and stated figures, uncited sources, repeated citations (codes R1C2xx, R1C300, R1C305,
R1C308, R1C309)."""

from __future__ import annotations

from typing import Any

from r1claims.record.check_context import CheckContext
from r1claims.record.humanize import format_amount
from r1claims.record.model import Claim, Quantity
from r1claims.record.suggest import closest, did_you_mean
from r1claims.record.tolerance import restates
from r1claims.record.yamlsource import Path, YamlDocument

__all__ = ["ReferenceChecks"]


class ReferenceChecks(CheckContext):
    """Every reference points at something, and every citation's framing is consistent."""

    def duplicate_ids(self) -> None:
        for key in ("sources", "entities", "claims", "relations"):
            first: dict[str, Path] = {}
            for model, doc, path in self.items(key):
                if model.id in first:
                    line = doc.locate(first[model.id])[0]
                    self.add(
                        "R1C200",
                        f"{key[:-1] if key != 'entities' else 'entity'} id {model.id!r} is "
                        f"already used at line {line}",
                        doc,
                        (*path, "id"),
                        "ids must be unique: rename one of them",
                    )
                else:
                    first[model.id] = path

    def references_and_quotes(self) -> None:
        for claim, doc, path in self.items("claims"):
            if not self.known("entities", claim.subject):
                self.add(
                    "R1C202",
                    f"claim {claim.id!r}: subject {claim.subject!r} is not an entity"
                    + did_you_mean(claim.subject, self.entity_ids()),
                    doc,
                    (*path, "subject"),
                    "add it under `entities:` or fix the id",
                )
            seen: dict[tuple[str, str, str, str], int] = {}
            for i, cit in enumerate(claim.citations):
                cpath = (*path, "citations", i)
                key = (
                    cit.source,
                    _normalised(cit.quote),
                    _normalised(cit.locator or ""),
                    cit.framing.model_dump_json(),
                )
                if key in seen:
                    self.add(
                        "R1C309",
                        f"claim {claim.id!r}: citation {i} repeats citation {seen[key]} "
                        "(same source, quote, locator and framing)",
                        doc,
                        cpath,
                        "delete the repeat, or move it to the claim it was meant for",
                    )
                seen.setdefault(key, i)
                if not self.known("sources", cit.source):
                    close = self.close_source(cit.source)
                    self.add(
                        "R1C201",
                        f"claim {claim.id!r}: source {cit.source!r} is not in sources.yaml",
                        doc,
                        (*cpath, "source"),
                        f"did you mean {close!r}?"
                        if close
                        else "add the source to sources.yaml or fix the id",
                    )
                if not cit.quote.strip():
                    self.add(
                        "R1C300",
                        f"claim {claim.id!r}: quote is blank",
                        doc,
                        (*cpath, "quote"),
                        "paste the source's words verbatim",
                    )
                framing = cit.framing
                if framing.subject is not None and not self.known("entities", framing.subject):
                    self.add(
                        "R1C202",
                        f"claim {claim.id!r}: framing subject {framing.subject!r} is not an entity"
                        + did_you_mean(framing.subject, self.entity_ids()),
                        doc,
                        (*cpath, "framing", "subject"),
                    )
                self.framing_consistency(
                    claim, cit.framing.verdict, cit.framing.reasons, doc, (*cpath, "framing")
                )
                self.stated_figure(claim, cit, doc, cpath)

    def close_source(self, wrong: str) -> str | None:
        """The existing source id a mistyped one most likely meant (`suggest.closest`)."""
        best = closest(wrong, self.source_ids(), limit=1)
        if best:
            self.typo_targets.add(best[0])
            return best[0]
        return None

    def framing_consistency(
        self, claim: Claim, verdict: str, reasons: list[str], doc: YamlDocument, path: Path
    ) -> None:
        scope_reasons = {"wrong_subject", "wrong_scope", "wrong_unit"}
        if verdict == "supported" and scope_reasons & set(reasons):
            self.add(
                "R1C308",
                f"claim {claim.id!r}: verdict `supported` with reasons "
                f"{sorted(scope_reasons & set(reasons))}",
                doc,
                path,
                "a wrong subject, scope or unit makes the framing `misleading`",
            )
        if verdict in ("misleading", "refuted") and not reasons:
            self.add(
                "R1C308",
                f"claim {claim.id!r}: verdict `{verdict}` without a reason",
                doc,
                path,
                "add `reasons:` (wrong_scope, wrong_subject, contradicted, ...)",
            )

    def stated_figure(self, claim: Claim, cit: Any, doc: YamlDocument, path: Path) -> None:
        stated = cit.stated
        value = claim.value
        if stated is None or stated.amount is None or not isinstance(value, Quantity):
            return
        if cit.framing.verdict not in ("supported", "misleading"):
            return
        precision = stated.precision or value.precision
        if not restates(stated.amount, precision, value.amount, value.precision, stated.qualifier):
            self.add(
                "R1C305",
                f"claim {claim.id!r}: stated {stated.text!r} does not round to the claim's "
                f"{format_amount(value.amount, value.unit, value.precision)} at the precision it "
                f"is written to, yet the verdict is "
                f"`{cit.framing.verdict}`",
                doc,
                (*path, "stated"),
                "fix the stated amount or precision, or judge it `refuted`",
            )

    def uncited_sources(self) -> None:
        if "claims" in self.result.unreadable:
            return  # the claims could not be read, so every source would look uncited
        cited = {c.source for claim in self.cs.claims for c in claim.citations}
        for source, doc, path in self.items("sources"):
            if source.id not in cited and source.id not in self.typo_targets:
                self.add(
                    "R1C204",
                    f"source {source.id!r} is not cited by any claim",
                    doc,
                    (*path, "id"),
                    "cite it from a claim or remove it",
                )


def _normalised(text: str) -> str:
    """Text compared for repeats: runs of spaces as one, no final full stop, any case."""
    return " ".join(text.split()).rstrip(".").casefold()

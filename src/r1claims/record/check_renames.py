"""Record check on ids misspelt where they are defined: one error at the definition, not one per
reference (R1C201, R1C202, R1C203 at the id).

When two or more references name the same id that does not exist, and an item whose id is
close to it (`suggest.closest`) is referenced by nothing, the item's own id is the likely
typo: ``id: v3-training-cots`` with five relations naming ``v3-training-cost``. It is reported
once, at that id, listing the lines of the references, and the references are not reported
again. With a single reference it is not clear which side is wrong: that reference is
reported, with "did you mean".
"""

from __future__ import annotations

from r1claims.record.check_context import CheckContext
from r1claims.record.formula import references
from r1claims.record.suggest import closest
from r1claims.record.yamlsource import Path, YamlDocument

__all__ = ["RenameChecks"]

_CODES = {"claims": "R1C203", "sources": "R1C201", "entities": "R1C202"}
_KIND = {"claims": "claim", "sources": "source", "entities": "entity"}
Uses = dict[str, list[tuple[YamlDocument, Path]]]
#: How many reference lines a message lists.
_LINES = 8


class RenameChecks(CheckContext):
    """Finds items whose id is misspelt, from the references that miss them."""

    def renamed_ids(self) -> None:
        for section, uses in self._references().items():
            if section in self.result.unreadable:
                continue
            defined = {m.id: (doc, path) for m, doc, path in reversed(self.items(section))}
            unused = sorted(i for i in defined if i not in uses)
            for wrong, where in sorted(uses.items()):
                if len(where) < 2 or self.known(section, wrong):
                    continue
                best = closest(wrong, unused, limit=1)
                if not best:
                    continue
                item_id = best[0]
                unused.remove(item_id)
                self.renamed.setdefault(section, set()).add(wrong)
                self.typo_targets.add(item_id)
                # references are in file order; only those shown are located (a large record
                # finds positions again per item, on demand)
                shown = ", ".join(str(doc.locate(path)[0]) for doc, path in where[:_LINES])
                more = f" and {len(where) - _LINES} more" if len(where) > _LINES else ""
                doc, path = defined[item_id]
                self.add(
                    _CODES[section],
                    f"{_KIND[section]} id {item_id!r} looks misspelt: {len(where)} references "
                    f"name {wrong!r} (lines {shown}{more})",
                    doc,
                    (*path, "id"),
                    f"rename it to `{wrong}` (or fix every reference)",
                )

    def _references(self) -> dict[str, Uses]:
        """Every id referenced, per section, with where."""
        out: dict[str, Uses] = {"claims": {}, "sources": {}, "entities": {}}
        for claim, doc, path in self.items("claims"):
            out["entities"].setdefault(claim.subject, []).append((doc, (*path, "subject")))
            for i, cit in enumerate(claim.citations):
                cpath = (*path, "citations", i)
                out["sources"].setdefault(cit.source, []).append((doc, (*cpath, "source")))
                if cit.framing.subject is not None:
                    where = (*cpath, "framing", "subject")
                    out["entities"].setdefault(cit.framing.subject, []).append((doc, where))
        for rel, doc, path in self.items("relations"):
            named = [("claim", rel.claim)] + ([("of", rel.of)] if rel.of else [])
            named += [("formula", r) for r in (references(rel.formula) if rel.formula else [])]
            for field, ref in named:
                out["claims"].setdefault(ref, []).append((doc, (*path, field)))
        return out

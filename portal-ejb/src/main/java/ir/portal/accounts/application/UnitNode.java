package ir.portal.accounts.application;

import ir.portal.accounts.domain.UnitSummary;
import java.io.Serializable;
import java.util.List;

/** A unit in the tree: the unit, how deep it sits (0 at a root) and the units right under it. */
public record UnitNode(UnitSummary unit, int depth, List<UnitNode> children) implements Serializable {}

package nl.techniekpact.lokaal.allocation.entity;

import java.util.Objects;

/**
 * A hard rule an allocation breaks: the rule's name, the group and slot concerned (an empty group
 * id when the slot as a whole is over its limit) and a sentence an organiser can act on.
 */
public record Violation(String rule, String groupId, String slotId, String reason) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(slotId, "slotId");
    Objects.requireNonNull(reason, "reason");
  }
}

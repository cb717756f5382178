package nl.techniekpact.lokaal.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.techniekpact.lokaal.company.entity.VisitSlot;
import nl.techniekpact.lokaal.platform.entity.Require;
import nl.techniekpact.lokaal.platform.entity.StateConflictException;
import nl.techniekpact.lokaal.school.entity.ClassGroup;

/**
 * The allocation proposal for one class group, as organisers review it: the slot it gets (none:
 * waiting list), whether an organiser pinned it there, and why, in words a teacher accepts.
 */
@Entity
@Table(name = "allocation_placement")
@NamedQuery(
    name = ProposedPlacement.OF_EDITION,
    query =
        "select p from ProposedPlacement p where p.group.edition = :edition order by p.group.code")
@NamedQuery(
    name = ProposedPlacement.DELETE_OF_EDITION,
    query = "delete from ProposedPlacement p where p.editionId = :edition")
public class ProposedPlacement {

  public static final String OF_EDITION = "ProposedPlacement.ofEdition";
  public static final String DELETE_OF_EDITION = "ProposedPlacement.deleteOfEdition";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "edition_id", nullable = false)
  private long editionId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id")
  private ClassGroup group;

  @ManyToOne
  @JoinColumn(name = "slot_id")
  private VisitSlot slot;

  @Column(name = "pinned", nullable = false)
  private boolean pinned;

  @Embedded private Explanation explanation;

  protected ProposedPlacement() {}

  public ProposedPlacement(ClassGroup group, VisitSlot slot, Explanation explanation) {
    this.group = Require.present(group, "group");
    this.editionId = group.edition().id();
    place(slot, explanation);
  }

  /** Moves the group (null: to the waiting list); the caller has checked the hard rules. */
  public void place(VisitSlot slot, Explanation explanation) {
    if (slot != null && !slot.edition().equals(group.edition())) {
      throw new StateConflictException("proposal.slotOfOtherEdition");
    }
    this.slot = slot;
    this.explanation = explanation;
  }

  /** A pinned placement stays where it is when the allocation runs again. */
  public void pin(boolean pinned) {
    if (pinned && slot == null) {
      throw new StateConflictException("proposal.pinWaiting");
    }
    this.pinned = pinned;
  }

  public ClassGroup group() {
    return group;
  }

  public VisitSlot slot() {
    return slot;
  }

  public boolean isPinned() {
    return pinned;
  }

  /** Why the group is where it is; null for placements saved without one. */
  public Explanation explanation() {
    return explanation;
  }
}

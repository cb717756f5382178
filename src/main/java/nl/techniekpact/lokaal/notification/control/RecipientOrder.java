package nl.techniekpact.lokaal.notification.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which message may leave next, so that each recipient gets their mail in the order it was written:
 * per recipient the ids of their unsent messages, oldest first, as the database holds them; only
 * the oldest may go. A recipient whose message failed, or waits for an earlier one, is held for the
 * rest of the round.
 */
final class RecipientOrder {

  private final Map<String, Deque<Long>> unsent = new HashMap<>();
  private final Set<String> held;

  /**
   * @param unsent the unsent messages of the batch's recipients, in the order written
   * @param held recipients held already this round; added to as recipients are held
   */
  RecipientOrder(List<Delivery.Due> unsent, Set<String> held) {
    unsent.forEach(
        m -> this.unsent.computeIfAbsent(m.recipient(), r -> new ArrayDeque<>()).addLast(m.id()));
    this.held = held;
  }

  /** Whether this message is its recipient's oldest unsent one; if not, the recipient is held. */
  boolean mayGo(long id, String recipient) {
    Deque<Long> earlier = unsent.get(recipient);
    if (held.contains(recipient) || earlier == null || earlier.peekFirst() != id) {
      held.add(recipient);
      return false;
    }
    return true;
  }

  void sent(String recipient) {
    unsent.get(recipient).removeFirst();
  }

  void failed(String recipient) {
    held.add(recipient);
  }
}

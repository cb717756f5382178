package nl.techniekpact.lokaal.notification.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecipientOrderTest {

  static final String JAN = "jan@school.example.nl";
  static final String RIA = "ria@school.example.nl";

  @Test
  void aLaterMessageWaitsWhileAnEarlierOneToTheSameRecipientIsUnsent() {
    // Message 1 to Jan is unsent but not in this batch (waiting for a retry, or another node's).
    RecipientOrder order =
        new RecipientOrder(List.of(due(1, JAN), due(2, JAN), due(3, RIA)), new HashSet<>());
    assertFalse(order.mayGo(2, JAN));
    assertTrue(order.mayGo(3, RIA), "others are not held up");
  }

  @Test
  void theNextMessageMayGoOnceTheEarlierOneIsSent() {
    RecipientOrder order = new RecipientOrder(List.of(due(1, JAN), due(2, JAN)), new HashSet<>());
    assertTrue(order.mayGo(1, JAN));
    order.sent(JAN);
    assertTrue(order.mayGo(2, JAN));
  }

  @Test
  void aFailedMessageHoldsItsRecipientsLaterMailForTheRestOfTheRound() {
    Set<String> held = new HashSet<>();
    RecipientOrder first = new RecipientOrder(List.of(due(1, JAN), due(2, RIA)), held);
    assertTrue(first.mayGo(1, JAN));
    first.failed(JAN);
    // The next batch of the same round reads message 1 as unsent still; 5 must not overtake it,
    // and even a batch that no longer sees 1 keeps Jan held.
    RecipientOrder next = new RecipientOrder(List.of(due(5, JAN), due(6, RIA)), held);
    assertFalse(next.mayGo(5, JAN));
    assertTrue(next.mayGo(6, RIA));
  }

  @Test
  void aMessageTheDatabaseNoLongerCallsUnsentDoesNotGoAgain() {
    RecipientOrder order = new RecipientOrder(List.of(due(2, JAN)), new HashSet<>());
    assertFalse(order.mayGo(1, JAN), "1 is not among the unsent: sent by someone else");
  }

  private static Delivery.Due due(long id, String recipient) {
    return new Delivery.Due(id, recipient);
  }
}

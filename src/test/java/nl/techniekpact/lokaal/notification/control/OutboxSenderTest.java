package nl.techniekpact.lokaal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {

  @Test
  void eachRecipientsMailGoesOverOneConnectionInTheOrderWritten() {
    List<Delivery.Due> due = new ArrayList<>();
    for (long id = 1; id <= 300; id++) {
      due.add(new Delivery.Due(id, "teacher" + (id % 37) + "@school.example.nl"));
    }
    List<List<Long>> shares = OutboxSender.shares(due, 3);
    assertEquals(3, shares.size());
    assertEquals(300, shares.stream().mapToInt(List::size).sum(), "every message in a share");
    for (int r = 0; r < 37; r++) {
      String recipient = "teacher" + r + "@school.example.nl";
      List<Long> ids =
          due.stream().filter(d -> d.recipient().equals(recipient)).map(Delivery.Due::id).toList();
      long holding = shares.stream().filter(s -> s.contains(ids.get(0))).count();
      assertEquals(1, holding);
      List<Long> share = shares.stream().filter(s -> s.contains(ids.get(0))).findFirst().get();
      assertTrue(share.containsAll(ids), recipient + " in one share");
      assertEquals(ids, share.stream().filter(ids::contains).toList(), "in the order written");
    }
    assertTrue(shares.stream().allMatch(s -> !s.isEmpty()), "several connections are used");
  }
}

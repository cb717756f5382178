package nl.techniekpact.lokaal.allocation.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One edition as the allocator sees it. Schools, hosts, slots and groups keep the order they came
 * in; solvers refer to them by that index, and results list groups in that order. Every reference
 * between them is checked here, so solvers never meet a dangling id.
 */
public final class AllocationProblem {

  private final List<SchoolSite> schools;
  private final List<Host> hosts;
  private final List<Slot> slots;
  private final List<Group> groups;
  private final Map<String, Integer> schoolIndex;
  private final Map<String, Integer> hostIndex;
  private final Map<String, Integer> slotIndex;
  private final Map<String, Integer> groupIndex;
  private final int[] schoolOfGroup;
  private final int[] hostOfSlot;

  public AllocationProblem(
      List<SchoolSite> schools, List<Host> hosts, List<Slot> slots, List<Group> groups) {
    this.schools = List.copyOf(schools);
    this.hosts = List.copyOf(hosts);
    this.slots = List.copyOf(slots);
    this.groups = List.copyOf(groups);
    schoolIndex = index(this.schools.stream().map(SchoolSite::id).toList(), "school");
    hostIndex = index(this.hosts.stream().map(Host::id).toList(), "host");
    slotIndex = index(this.slots.stream().map(Slot::id).toList(), "slot");
    groupIndex = index(this.groups.stream().map(Group::id).toList(), "group");
    hostOfSlot = new int[this.slots.size()];
    for (int t = 0; t < hostOfSlot.length; t++) {
      hostOfSlot[t] =
          resolve(
              hostIndex,
              this.slots.get(t).hostId(),
              "slot " + this.slots.get(t).id() + " has host");
    }
    schoolOfGroup = new int[this.groups.size()];
    for (int g = 0; g < schoolOfGroup.length; g++) {
      Group group = this.groups.get(g);
      schoolOfGroup[g] =
          resolve(schoolIndex, group.schoolId(), "group " + group.id() + " has school");
      for (String wish : group.wishes()) {
        resolve(hostIndex, wish, "group " + group.id() + " wishes for host");
      }
    }
  }

  private static Map<String, Integer> index(List<String> ids, String kind) {
    Map<String, Integer> index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      if (index.put(ids.get(i), i) != null) {
        throw new IllegalArgumentException(kind + " " + ids.get(i) + " occurs twice");
      }
    }
    return index;
  }

  private static int resolve(Map<String, Integer> index, String id, String what) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException(what + " " + id + ", which does not exist");
    }
    return i;
  }

  public List<SchoolSite> schools() {
    return schools;
  }

  public List<Host> hosts() {
    return hosts;
  }

  public List<Slot> slots() {
    return slots;
  }

  public List<Group> groups() {
    return groups;
  }

  public int schoolCount() {
    return schools.size();
  }

  public int slotCount() {
    return slots.size();
  }

  public int groupCount() {
    return groups.size();
  }

  public Group group(int g) {
    return groups.get(g);
  }

  public Slot slot(int t) {
    return slots.get(t);
  }

  public int schoolOf(int group) {
    return schoolOfGroup[group];
  }

  public int hostOf(int slot) {
    return hostOfSlot[slot];
  }

  public SchoolSite schoolOfGroup(int group) {
    return schools.get(schoolOfGroup[group]);
  }

  public Host hostOfSlot(int slot) {
    return hosts.get(hostOfSlot[slot]);
  }

  public int groupIndex(String id) {
    return resolve(groupIndex, id, "group");
  }

  public int slotIndex(String id) {
    return resolve(slotIndex, id, "slot");
  }

  public int hostIndex(String id) {
    return resolve(hostIndex, id, "host");
  }

  public boolean hasGroup(String id) {
    return groupIndex.containsKey(id);
  }

  public boolean hasSlot(String id) {
    return slotIndex.containsKey(id);
  }
}

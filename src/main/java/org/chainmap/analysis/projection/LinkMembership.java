package org.chainmap.analysis.projection;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Who works in which link, looked up both ways: an enterprise's links and a link's enterprises, by credit code and
 * by the enterprises' numbers in the projection's {@link TieGraph}. Read-only once built.
 */
final class LinkMembership {
    private final Map<String, List<String>> linksOf;
    private final Map<String, List<String>> membersOf;
    private final Map<String, int[]> memberIndexes;
    /** An enterprise whose links {@link #with} changed, looked up before {@code linksOf}; null when none. */
    private final String changed;

    private final List<String> changedLinks;

    /**
     * @param linksOf each enterprise's links, in any order and possibly repeated
     * @param membersOf each link's enterprises, in any order and possibly repeated
     * @param indexOf an enterprise's number in the tie graph
     */
    LinkMembership(
            Map<String, List<String>> linksOf, Map<String, List<String>> membersOf, ToIntFunction<String> indexOf) {
        this.linksOf = sortedLists(linksOf);
        this.membersOf = sortedLists(membersOf);
        Map<String, int[]> indexes = new HashMap<>();
        this.membersOf.forEach((link, usccs) ->
                indexes.put(link, usccs.stream().mapToInt(indexOf).toArray()));
        this.memberIndexes = Map.copyOf(indexes);
        this.changed = null;
        this.changedLinks = List.of();
    }

    private LinkMembership(
            Map<String, List<String>> linksOf, Map<String, List<String>> membersOf, Map<String, int[]> memberIndexes) {
        this.linksOf = linksOf;
        this.membersOf = membersOf;
        this.memberIndexes = memberIndexes;
        this.changed = null;
        this.changedLinks = List.of();
    }

    /**
     * The memberships given as each link's members by number, already in the order of their credit codes and without
     * duplicates (as {@link #memberIndexes} gives them): nothing is hashed by credit code but each enterprise with
     * a link once, nothing sorted.
     */
    static LinkMembership ofNumbers(Map<String, int[]> numbers, EnterpriseNode[] enterprises) {
        Map<String, List<String>> membersOf = HashMap.newHashMap(numbers.size());
        @SuppressWarnings("unchecked")
        List<String>[] linksOfNumber = new List[enterprises.length];
        int withLinks = 0;
        for (String link : new java.util.TreeSet<>(numbers.keySet())) {
            int[] members = numbers.get(link);
            String[] usccs = new String[members.length];
            for (int i = 0; i < members.length; i++) {
                int v = members[i];
                usccs[i] = enterprises[v].uscc();
                if (linksOfNumber[v] == null) {
                    linksOfNumber[v] = new java.util.ArrayList<>(2);
                    withLinks++;
                }
                linksOfNumber[v].add(link);
            }
            membersOf.put(link, List.of(usccs));
        }
        Map<String, List<String>> linksOf = HashMap.newHashMap(withLinks);
        for (int v = 0; v < enterprises.length; v++) {
            if (linksOfNumber[v] != null) {
                linksOf.put(enterprises[v].uscc(), List.copyOf(linksOfNumber[v]));
            }
        }
        return new LinkMembership(
                Collections.unmodifiableMap(linksOf), Collections.unmodifiableMap(membersOf), Map.copyOf(numbers));
    }

    private LinkMembership(
            LinkMembership base,
            Map<String, List<String>> membersOf,
            Map<String, int[]> memberIndexes,
            String changed,
            List<String> changedLinks) {
        this.linksOf = base.linksOf;
        this.membersOf = membersOf;
        this.memberIndexes = memberIndexes;
        this.changed = changed;
        this.changedLinks = changedLinks;
    }

    /**
     * The same memberships but that the enterprise {@code uscc}, numbered {@code v}, works in {@code links} (sorted,
     * a superset of its links here): it joins the members of its new links, in their order by credit code. Only
     * the per-link maps are copied; a second change of another enterprise is not supported.
     */
    LinkMembership with(String uscc, int v, List<String> links) {
        if (changed != null && !changed.equals(uscc)) {
            throw new IllegalStateException("one changed enterprise at a time");
        }
        Map<String, List<String>> members = new HashMap<>(membersOf);
        Map<String, int[]> indexes = new HashMap<>(memberIndexes);
        for (String link : links) {
            List<String> usccs = membersOf(link);
            int at = java.util.Collections.binarySearch(usccs, uscc);
            if (at >= 0) {
                continue;
            }
            int insert = -at - 1;
            List<String> joined = new java.util.ArrayList<>(usccs.size() + 1);
            joined.addAll(usccs.subList(0, insert));
            joined.add(uscc);
            joined.addAll(usccs.subList(insert, usccs.size()));
            int[] before = memberIndexes(link);
            int[] after = new int[before.length + 1];
            System.arraycopy(before, 0, after, 0, insert);
            after[insert] = v;
            System.arraycopy(before, insert, after, insert + 1, before.length - insert);
            members.put(link, java.util.Collections.unmodifiableList(joined));
            indexes.put(link, after);
        }
        return new LinkMembership(this, Map.copyOf(members), Map.copyOf(indexes), uscc, List.copyOf(links));
    }

    /** Each list sorted and without duplicates; most lists of an enterprise's links hold one or two. */
    private static Map<String, List<String>> sortedLists(Map<String, List<String>> map) {
        Map<String, List<String>> copy = HashMap.newHashMap(map.size());
        map.forEach((k, v) -> copy.put(
                k,
                v.size() == 1
                        ? List.of(v.getFirst())
                        : v.stream().distinct().sorted().toList()));
        return Collections.unmodifiableMap(copy);
    }

    List<String> linksOf(String uscc) {
        if (changed != null && changed.equals(uscc)) {
            return changedLinks;
        }
        return linksOf.getOrDefault(uscc, List.of());
    }

    List<String> membersOf(String linkId) {
        return membersOf.getOrDefault(linkId, List.of());
    }

    /** The members' numbers in the order of {@link #membersOf}: the array itself, which callers must not change. */
    int[] memberIndexes(String linkId) {
        return memberIndexes.getOrDefault(linkId, new int[0]);
    }
}

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

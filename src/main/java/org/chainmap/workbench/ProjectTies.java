package org.chainmap.workbench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainmap.store.Query;
import org.chainmap.store.Reads;

/**
 * The chain, link, investor, referrer and park of a project, by id or credit code, each null where none, and their
 * check against the graph.
 */
record ProjectTies(String chain, String link, String investor, String referrer, String park) {
    static ProjectTies of(ProjectDetail p) {
        return new ProjectTies(
                p.chain() == null ? null : p.chain().id(),
                p.link() == null ? null : p.link().id(),
                p.investor() == null ? null : p.investor().uscc(),
                p.referrer() == null ? null : p.referrer().uscc(),
                p.park() == null ? null : p.park().id());
    }

    ProjectTies withChain(String c) {
        return new ProjectTies(c, link, investor, referrer, park);
    }

    Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("chain", chain);
        v.put("link", link);
        v.put("investor", investor);
        v.put("referrer", referrer);
        v.put("park", park);
        return v;
    }

    Map<String, Object> parameters(String id) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("chainId", chain);
        p.put("linkId", link);
        p.put("investor", investor);
        p.put("referrer", referrer);
        p.put("parkId", park);
        return p;
    }

    static final Query<References> REFERENCES = Query.of("workbench/references", References.class);

    /** Which of the things a project names exist ({@code workbench/references}). */
    record References(
            boolean projectExists,
            boolean chain,
            String linkChainId,
            boolean investor,
            boolean referrer,
            boolean park) {}

    /** Checks the named ties against the graph; the chain of a link is taken from the link when none is named. */
    static ProjectTies check(Reads tx, String id, ProjectTies ties, boolean idGiven, FieldProblems problems) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("chainId", ties.chain());
        params.put("linkId", ties.link());
        params.put("investor", ties.investor());
        params.put("referrer", ties.referrer());
        params.put("parkId", ties.park());
        References found = tx.all(REFERENCES, params).getFirst();
        if (idGiven && found.projectExists()) {
            problems.idTaken("id", id);
        }
        if (ties.chain() != null && !found.chain()) {
            problems.unknownChain("chain", ties.chain());
        }
        ProjectTies result = ties;
        if (ties.link() != null) {
            if (found.linkChainId() == null) {
                problems.unknownLink("link", ties.link());
            } else if (ties.chain() == null) {
                result = ties.withChain(found.linkChainId());
            } else if (!found.linkChainId().equals(ties.chain())) {
                problems.linkOfOtherChain("link", ties.link(), found.linkChainId(), ties.chain());
            }
        }
        if (ties.investor() != null && !found.investor()) {
            problems.unknownEnterprise("investor", ties.investor());
        }
        if (ties.referrer() != null && !found.referrer()) {
            problems.unknownEnterprise("referrer", ties.referrer());
        }
        if (ties.park() != null && !found.park()) {
            problems.unknownPark("park", ties.park());
        }
        return result;
    }
}

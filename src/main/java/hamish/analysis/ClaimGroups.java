package hamish.analysis;

import hamish.model.Link;
import hamish.model.LinkType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claim annotations joined by SAME_CLAIM and PARAPHRASE links into groups (union–find, so A~B and B~C make
 * one claim), and the CONTRADICTS links between them. Links to annotations outside the set are ignored.
 */
final class ClaimGroups {

    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, LinkType> joinedBy = new HashMap<>();
    private final List<Link> contradictions = new ArrayList<>();
    private final List<Long> order;

    ClaimGroups(Collection<Long> annotationIds, List<Link> links) {
        this.order = List.copyOf(annotationIds);
        annotationIds.forEach(id -> parent.put(id, id));
        for (Link l : links) {
            if (!parent.containsKey(l.fromAnnotationId()) || !parent.containsKey(l.toAnnotationId())) {
                continue;
            }
            if (l.type() == LinkType.SAME_CLAIM || l.type() == LinkType.PARAPHRASE) {
                union(l.fromAnnotationId(), l.toAnnotationId());
                joinedBy.putIfAbsent(l.fromAnnotationId(), l.type());
                joinedBy.putIfAbsent(l.toAnnotationId(), l.type());
            } else if (l.type() == LinkType.CONTRADICTS) {
                contradictions.add(l);
            }
        }
    }

    /** The groups, each in the order the ids were given; groups ordered by their first member. */
    List<List<Long>> groups() {
        Map<Long, List<Long>> byRoot = new LinkedHashMap<>();
        for (long id : order) {
            byRoot.computeIfAbsent(find(id), r -> new ArrayList<>()).add(id);
        }
        return new ArrayList<>(byRoot.values());
    }

    /** How the annotation was tied to its group: the type of the first of its same-claim or paraphrase links. */
    LinkType relationToGroup(long id) {
        return joinedBy.getOrDefault(id, LinkType.SAME_CLAIM);
    }

    /** Annotations outside {@code group} linked CONTRADICTS to one of its members. */
    Set<Long> contradicting(List<Long> group) {
        Set<Long> members = new LinkedHashSet<>(group);
        Set<Long> against = new LinkedHashSet<>();
        for (Link l : contradictions) {
            if (members.contains(l.fromAnnotationId()) && !members.contains(l.toAnnotationId())) {
                against.add(l.toAnnotationId());
            } else if (members.contains(l.toAnnotationId()) && !members.contains(l.fromAnnotationId())) {
                against.add(l.fromAnnotationId());
            }
        }
        return against;
    }

    private long find(long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    private void union(long a, long b) {
        long ra = find(a);
        long rb = find(b);
        if (ra != rb) {
            // The root that comes first in the given order stays root, so a group's first member is stable.
            if (order.indexOf(ra) <= order.indexOf(rb)) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}

package org.ilo.cnmn.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The links between projects and press releases, read and touched here so that neither feature writes the other's table. */
@ApplicationScoped
public class Links {

    @Inject EntityManager em;

    /** The press releases about a project, by id. */
    public List<ContentKey> pressReleasesAbout(String projectId) {
        return em.createNativeQuery("SELECT press_release_id FROM press_release_project WHERE project_id = :id"
                + " ORDER BY press_release_id", String.class).setParameter("id", projectId).getResultList().stream()
                .map(id -> new ContentKey(ContentKind.PRESS_RELEASE, (String) id)).toList();
    }

    /** Marks {@code items} changed now: they show what was written. */
    void touch(List<ContentKey> items) {
        Map<ContentKind, TreeSet<String>> byKind = items.stream().collect(Collectors.groupingBy(ContentKey::kind,
                TreeMap::new, Collectors.mapping(ContentKey::id, Collectors.toCollection(TreeSet::new))));
        byKind.forEach((kind, ids) -> em.createNativeQuery("UPDATE " + kind.table
                + " SET last_updated = clock_timestamp() WHERE id IN (:ids)")
                .setParameter("ids", List.copyOf(ids)).executeUpdate());
    }
}

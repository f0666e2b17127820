package org.ilo.cnmn.content;

import jakarta.persistence.EntityManager;

/**
 * Writes the change feed partners replay. Package-private, and called by {@link ContentWrites} alone,
 * because SQL function record_change serialises writers from its call to commit: only the pipeline
 * can guarantee it is a write's last statement.
 */
final class ChangeLog {

    private ChangeLog() {
    }

    static void record(EntityManager em, ContentKey item, boolean deleted) {
        em.createNativeQuery("SELECT record_change(:type, :id, :action)")
                .setParameter("type", item.kind().type).setParameter("id", item.id())
                .setParameter("action", deleted ? "delete" : "upsert").getSingleResult();
    }
}

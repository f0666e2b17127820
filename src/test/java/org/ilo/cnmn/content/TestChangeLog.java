package org.ilo.cnmn.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Lets tests that write rows themselves record their changes as the write pipeline does (it is package-private there). */
@ApplicationScoped
public class TestChangeLog {

    private final EntityManager em;

    public TestChangeLog(EntityManager em) {
        this.em = em;
    }

    public void upsert(ContentKind kind, String id) {
        ChangeLog.record(em, new ContentKey(kind, id), false);
    }

    public void delete(ContentKind kind, String id) {
        ChangeLog.record(em, new ContentKey(kind, id), true);
    }
}

package org.ilo.cnmn.support;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.content.ContentKind;
import org.ilo.cnmn.content.TestChangeLog;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creates, edits and deletes a test's own projects and press releases the way a write service
 * does: the row change and its change-log entry in one transaction, the change recorded last.
 */
@ApplicationScoped
public class TestData {

    private final EntityManager em;
    private final TestChangeLog changes;

    public TestData(EntityManager em, TestChangeLog changes) {
        this.em = em;
        this.changes = changes;
    }

    public void createProject(String id, String title, String summary, LocalDate start, LocalDate end, List<String> countries) {
        QuarkusTransaction.requiringNew().run(() -> {
            insertProject(id, title, summary, start, end, countries);
            changes.upsert(ContentKind.PROJECT, id);
        });
    }

    /** Inserts a project row in the caller's transaction, without recording the change. */
    public void insertProject(String id, String title, String summary, LocalDate start, LocalDate end, List<String> countries) {
        em.createNativeQuery("INSERT INTO project (id, title, summary, start_date, end_date, last_updated)"
                + " VALUES (:id, :title, :summary, :start, :end, clock_timestamp())")
                .setParameter("id", id).setParameter("title", title).setParameter("summary", summary)
                .setParameter("start", start).setParameter("end", end).executeUpdate();
        for (String country : countries) {
            em.createNativeQuery("INSERT INTO project_country (project_id, country_code) VALUES (:id, :c)")
                    .setParameter("id", id).setParameter("c", country).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO project_theme (project_id, theme_id) VALUES (:id, 'employment')")
                .setParameter("id", id).executeUpdate();
    }

    public void retitleProject(String id, String title) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE project SET title = :title, last_updated = clock_timestamp() WHERE id = :id")
                    .setParameter("id", id).setParameter("title", title).executeUpdate();
            changes.upsert(ContentKind.PROJECT, id);
        });
    }

    public void deleteProject(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM project WHERE id = :id").setParameter("id", id).executeUpdate();
            changes.delete(ContentKind.PROJECT, id);
        });
    }

    public void createPressRelease(String id, String title, LocalDate publishedOn) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO press_release (id, title, published_on, last_updated)"
                    + " VALUES (:id, :title, :on, clock_timestamp())")
                    .setParameter("id", id).setParameter("title", title).setParameter("on", publishedOn).executeUpdate();
            em.createNativeQuery("INSERT INTO press_release_theme (press_release_id, theme_id) VALUES (:id, 'decent-work')")
                    .setParameter("id", id).executeUpdate();
            changes.upsert(ContentKind.PRESS_RELEASE, id);
        });
    }

    public void deletePressRelease(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM press_release WHERE id = :id").setParameter("id", id).executeUpdate();
            changes.delete(ContentKind.PRESS_RELEASE, id);
        });
    }
}

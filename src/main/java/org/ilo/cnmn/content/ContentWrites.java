package org.ilo.cnmn.content;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.ilo.cnmn.content.ContentWritten.Action;
import org.ilo.cnmn.platform.caching.DataVersion;
import org.ilo.cnmn.platform.caching.Preconditions;
import org.ilo.cnmn.platform.json.MergePatches;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/**
 * The one way content is written. Each write runs, in one transaction: lock the row (404) → If-Match
 * (428/412) → the change, checked by the type's rules and references (422) → audit → touch the items
 * that show it → change feed entries, last → the data version refreshed after commit.
 */
@ApplicationScoped
public class ContentWrites {

    @Inject EntityManager em;
    @Inject References references;
    @Inject Links links;
    @Inject MergePatches patches;
    @Inject DataVersion dataVersion;
    @Inject Event<ContentWritten> written;
    @Inject Event<ContentDeleted> deleting;

    /** Creates an item; its id is the one given or one derived from the title (409 if taken). */
    @Transactional
    public <E, W extends ItemWrite<W>, R> R create(ContentType<E, W, R> type, W body, String editor) {
        String id = body.id() != null ? body.id() : freeId(type, Slugs.of(body.title(), slugStem(type)));
        if (em.find(type.entity, id) != null) {
            throw new ApiException(ProblemType.CONFLICT, "A " + type.kind.label + " with id '" + id
                    + "' exists already.");
        }
        check(type, body);
        E entity = type.create(id);
        type.apply(body, entity);
        em.persist(entity);
        W after = type.written(entity);
        finish(type, editor, Action.CREATE, id, null, after, type.showingChange(id, null, after));
        return current(type, id);
    }

    /** Replaces an item (PUT) with {@code body}, whose id, if given, must be the item's. */
    @Transactional
    public <E, W extends ItemWrite<W>, R> R replace(ContentType<E, W, R> type, String id, W body, String ifMatch,
            String editor) {
        if (body.id() != null) {
            requireSameId(id, body.id());
        }
        return update(type, id, ifMatch, editor, current -> body);
    }

    /** Applies an RFC 7396 merge patch to the item as editors write it; the id must stay. */
    @Transactional
    public <E, W extends ItemWrite<W>, R> R patch(ContentType<E, W, R> type, String id, JsonNode patch,
            String ifMatch, String editor) {
        return update(type, id, ifMatch, editor, current -> {
            W body = patches.apply(current, patch, type.writeModel);
            requireSameId(id, body.id());
            return body;
        });
    }

    /** Sets (or, with both fields null, removes) the translation of title and summary into {@code language}. */
    @Transactional
    public <E, W extends ItemWrite<W>, R> R translate(ContentType<E, W, R> type, String id, Language language,
            TranslationDto translation, String ifMatch, String editor) {
        return update(type, id, ifMatch, editor, current -> current.translated(language, translation));
    }

    /** Changes an item: {@code change} maps the item as editors write it to its new state. */
    @Transactional
    public <E, W, R> R update(ContentType<E, W, R> type, String id, String ifMatch, String editor,
            UnaryOperator<W> change) {
        E entity = lock(type, id, ifMatch);
        W before = type.written(entity);
        W after = edit(type, entity, change.apply(before));
        finish(type, editor, Action.UPDATE, id, before, after, type.showingChange(id, before, after));
        return current(type, id);
    }

    /** Deletes an item, leaving a tombstone in the change feed; observers of {@link ContentDeleted} act first. */
    @Transactional
    public <E, W, R> void delete(ContentType<E, W, R> type, String id, String ifMatch, String editor) {
        E entity = lock(type, id, ifMatch);
        W before = type.written(entity);
        List<ContentKey> showing = type.showingChange(id, before, null);
        deleting.fire(new ContentDeleted(new ContentKey(type.kind, id), editor));
        em.remove(entity);
        finish(type, editor, Action.DELETE, id, before, null, showing);
    }

    /**
     * An edit that follows from another write, in that write's transaction (no If-Match: the editor's
     * write checked its own). Audited; only for kinds outside the change feed, whose entries would
     * otherwise be recorded before the outer write's.
     */
    @Transactional(TxType.MANDATORY)
    public <E, W, R> void amend(ContentType<E, W, R> type, String id, String editor, UnaryOperator<W> change) {
        if (type.kind.fed) {
            throw new IllegalArgumentException(type.kind + " is in the change feed; write it with update");
        }
        E entity = lock(type, id);
        W before = type.written(entity);
        W after = edit(type, entity, change.apply(before));
        written.fire(new ContentWritten(editor, Action.UPDATE, type.kind, id, before, after));
        em.flush();
    }

    /** Answers 422 on {@code id} unless the written id is the item's. */
    private static void requireSameId(String id, String written) {
        if (!id.equals(written)) {
            throw ApiException.invalidBody("id", "is immutable; it must be '" + id + "' or left out");
        }
    }

    /** Locks the row until commit (a racing writer waits, then sees the new ETag and gets 412). */
    private <E> E lock(ContentType<E, ?, ?> type, String id, String ifMatch) {
        E entity = lock(type, id);
        Preconditions.requireMatch(ifMatch, type.etags(id));
        return entity;
    }

    private <E> E lock(ContentType<E, ?, ?> type, String id) {
        E entity = em.find(type.entity, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw ApiException.notFound(type.kind.label, id);
        }
        return entity;
    }

    private <E, W> W edit(ContentType<E, W, ?> type, E entity, W body) {
        check(type, body);
        type.apply(body, entity);
        return type.written(entity);
    }

    private <W> void check(ContentType<?, W, ?> type, W body) {
        References.Check check = references.check();
        type.check(body, check);
        check.throwIfUnknown();
    }

    private void finish(ContentType<?, ?, ?> type, String editor, Action action, String id, Object before,
            Object after, List<ContentKey> showing) {
        written.fire(new ContentWritten(editor, action, type.kind, id, before, after));
        links.touch(showing);
        em.flush();
        // Last: record_change makes every other writer wait from here to commit.
        if (type.kind.fed) {
            showing.forEach(item -> ChangeLog.record(em, item, false));
            ChangeLog.record(em, new ContentKey(type.kind, id), action == Action.DELETE);
        }
        dataVersion.refreshAfterCommit();
    }

    /** Read after the write's own statements, past the entities this transaction holds. */
    private <R> R current(ContentType<?, ?, R> type, String id) {
        em.flush();
        em.clear();
        return type.current(id);
    }

    private static String slugStem(ContentType<?, ?, ?> type) {
        return type.kind.label.replace(' ', '-');
    }

    private <E> String freeId(ContentType<E, ?, ?> type, String base) {
        String id = base;
        for (int n = 2; em.find(type.entity, id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

package org.ilo.cnmn.content;

import java.util.List;
import java.util.Set;

/**
 * What differs between the kinds {@link ContentWrites} writes, implemented by each feature: the stored
 * entity {@code E}, its shape as editors write it {@code W} (audit trail and merge patches use it too) and
 * the representation {@code R} a write answers with.
 */
public interface ContentType<E, W, R> {

    ContentKind kind();

    Class<E> entity();

    Class<W> writeModel();

    /** A new, empty entity with this id. */
    E create(String id);

    /** The id the body asks for, or null to derive one from its {@link #title}. */
    String id(W body);

    String title(W body);

    /** The entity as editors write it. */
    W written(E entity);

    /** Copies {@code body} (all but the id) onto {@code entity}, marking it updated now. */
    void apply(W body, E entity);

    /** Adds what {@code body} links to that does not exist (422), after rules of its own (which may throw). */
    void check(W body, References.Check references);

    /** The current ETags, one per language, as GET sends them. */
    Set<String> etags(String id);

    /** The items of other kinds that show this one and so change with it; {@code before} or {@code after} may be null. */
    List<ContentKey> showingChange(String id, W before, W after);

    /** The item as stored now, as a write answers with it (in English). */
    R current(String id);
}

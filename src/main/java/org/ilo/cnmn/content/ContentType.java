package org.ilo.cnmn.content;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.platform.params.Language;

/**
 * What differs between the kinds {@link ContentWrites} writes, supplied by each feature: the stored entity
 * {@code E}, its shape as editors write it {@code W} (which the audit trail and merge patches use too) and
 * the representation {@code R} that reads, ETags and a write's answer come from.
 */
public abstract class ContentType<E, W, R> {

    final ContentKind kind;
    final Class<E> entity;
    final Class<W> writeModel;
    private final Function<E, W> written;
    private final BiConsumer<W, E> apply;
    private final Representations representations;

    /**
     * {@code written} gives an entity as editors write it; {@code apply} copies a write model (all but the
     * id) onto an entity and marks it updated now.
     */
    protected ContentType(ContentKind kind, Class<E> entity, Class<W> writeModel, Function<E, W> written,
            BiConsumer<W, E> apply, Representations representations) {
        this.kind = kind;
        this.entity = entity;
        this.writeModel = writeModel;
        this.written = written;
        this.apply = apply;
        this.representations = representations;
    }

    /** A new, empty entity with this id, for kinds editors create. */
    protected E create(String id) {
        throw new UnsupportedOperationException(kind + " is only ever replaced");
    }

    /** Rules of the type's own (which may throw 422), then what {@code body} links to, added to {@code references}. */
    protected abstract void check(W body, References.Check references);

    /** The item's representation in each language, or null when there is no such item. */
    protected abstract Function<Language, R> representation(String id);

    /** The items of other kinds that show this one and so change with it; {@code before} or {@code after} may be null. */
    protected abstract List<ContentKey> showingChange(String id, W before, W after);

    W written(E item) {
        return written.apply(item);
    }

    void apply(W body, E item) {
        apply.accept(body, item);
    }

    /** The current ETags, one per language, as GET sends them. */
    Set<String> etags(String id) {
        Function<Language, R> representation = representation(id);
        return representation == null ? Set.of() : representations.etags(representation::apply);
    }

    /** The ETag of {@code item}'s English representation. */
    String etag(R item) {
        return representations.etag(item, Language.EN);
    }

    R current(String id) {
        return representation(id).apply(Language.EN);
    }
}
